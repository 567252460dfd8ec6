/**
 * The readers of the three public extracts, as they are really published (the contract is
 * {@code shared/spec/public-extracts.md}), shared by {@code directory} and {@code init}.
 *
 * <p>One reader per extract, each with a format description, a streaming parser and a typed record
 * carrying its line number:
 * <ul>
 *   <li>{@link fr.mssante.advisor.extract.MailboxReader} ({@link fr.mssante.advisor.extract.MailboxFormat},
 *       {@link fr.mssante.advisor.extract.MailboxRecord}): the Annuaire Santé mailbox extraction, text or
 *       the single entry of its ZIP;</li>
 *   <li>{@link fr.mssante.advisor.extract.RppsReader} ({@link fr.mssante.advisor.extract.RppsFormat},
 *       {@link fr.mssante.advisor.extract.RppsActivity}): the RPPS activity extraction, 48 to 56 columns;</li>
 *   <li>{@link fr.mssante.advisor.extract.FinessReader} ({@link fr.mssante.advisor.extract.FinessEstablishment}):
 *       either FINESS publication, told apart by content: the Etalab CSV (Apache Commons CSV, one line at a
 *       time) or the JSON flux (Jackson's streaming parser, one legal entity at a time).</li>
 * </ul>
 * Every reader streams (a national file is never held), decodes UTF-8 with a Windows-1252 fallback,
 * skips a byte order mark, accepts CRLF, finds {@code |} columns by normalised header name
 * ({@code Header}), counts malformed lines with their first numbers
 * ({@link fr.mssante.advisor.extract.MalformedLines}), and names a wrong file by what it looks like
 * ({@link fr.mssante.advisor.extract.ExtractKind}); an unusable file is an
 * {@link fr.mssante.advisor.extract.ExtractException} (exit status 2), French by default, with no
 * personal data.
 *
 * <p>On top of them, the selection both commands build on:
 * {@link fr.mssante.advisor.extract.ExtractSelector#select} reads
 * {@link fr.mssante.advisor.extract.Extracts} once each for a {@link fr.mssante.advisor.extract.Selection}
 * (one FINESS ET, a legal entity, or departments and categories) and returns
 * {@link fr.mssante.advisor.extract.SelectedExtracts}: per establishment
 * ({@link fr.mssante.advisor.extract.SelectedEstablishment}) its FINESS record, its mailboxes (each
 * address once), its RPPS activities; and the {@link fr.mssante.advisor.extract.ReadingCounts}. Codes are
 * turned into setup values by {@link fr.mssante.advisor.extract.ExtractReference}, the reference data
 * beside the rules ({@code reference/finess-categories.yaml}, {@code reference/rpps-professions.yaml});
 * an unmapped code is an {@link fr.mssante.advisor.extract.UnmappedCode}, never a guess.
 *
 * <p>{@code extract.synthetic} writes the three extracts in their published forms, for tests and
 * benchmarks. Internal: not part of the public API, which is {@code fr.mssante.advisor.api} alone.
 */
package fr.mssante.advisor.extract;
