/**
 * {@code init}: setup files built from the public extracts. The extracts are read and selected by
 * {@code extract} ({@link fr.mssante.advisor.extract.ExtractSelector}), shared with {@code directory};
 * this package turns one selected establishment into a {@link fr.mssante.advisor.init.SetupDraft} (what
 * the extracts say, where each value came from, what only the structure knows) and writes it as a YAML
 * setup file with French comments ({@link fr.mssante.advisor.init.SetupYamlWriter}). The file is valid
 * as written: auditing it gives findings, never input errors.
 *
 * <p>Drafts hold names and RPPS numbers: they go into the files the user asked for, nowhere else (no
 * logging; their {@code toString} leaves the people out).
 *
 * <p>Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.init;
