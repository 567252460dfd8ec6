/**
 * Turning raw findings into what people read: location, texts in the report's language, waivers, eligibility.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.findings;
