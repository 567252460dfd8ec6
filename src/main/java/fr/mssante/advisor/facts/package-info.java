/**
 * What the rules reason on, beyond the setup model: the audit date, portfolio entries.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.facts;
