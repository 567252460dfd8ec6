/**
 * Report languages.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.i18n;
