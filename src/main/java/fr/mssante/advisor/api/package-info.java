/**
 * The public API of mssante-advisor, for applications that embed it: build an {@link
 * fr.mssante.advisor.api.Advisor} once, audit files, streams or setups built in code ({@link
 * fr.mssante.advisor.api.SetupModel}), and read {@link fr.mssante.advisor.api.Report}s with the same
 * content as the JSON report. Every other package of the jar is internal.
 */
package fr.mssante.advisor.api;
