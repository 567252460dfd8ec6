/**
 * The report model of a run and its renderers (text, JSON, Markdown, HTML, JUnit).
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.report;
