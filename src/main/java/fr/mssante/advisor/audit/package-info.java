/**
 * The audit of files and folders, from reading to reports, shared by the command line and the API.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.audit;
