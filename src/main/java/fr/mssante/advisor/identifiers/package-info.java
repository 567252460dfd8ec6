/**
 * Checks of French health identifiers (FINESS, RPPS, ADELI, SIRET, INS) and e-mail addresses.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.identifiers;
