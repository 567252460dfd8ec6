/**
 * The analysts' workbench: scenario tests and generated rule documentation.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.workbench;
