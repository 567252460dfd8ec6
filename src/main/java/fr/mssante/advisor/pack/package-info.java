/**
 * Loading a rule pack: DRL compilation, metadata and texts, reference data, cache of compiled packs.
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.pack;
