/**
 * The command line (picocli commands, exit statuses).
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.cli;
