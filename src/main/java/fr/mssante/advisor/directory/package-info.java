/**
 * The regional equipment dashboard ({@code directory} command): which ESSMS of a department have
 * MSSanté mailboxes, from the public FINESS (either publication) and the Annuaire Santé extraction of
 * MSSanté mailboxes.
 *
 * <p>The flow: {@link fr.mssante.advisor.directory.DirectoryDashboard} selects the establishments in
 * scope (the ESSMS categories of {@link fr.mssante.advisor.directory.DirectoryReference}, departments)
 * through {@link fr.mssante.advisor.extract.ExtractSelector}, which reads the extracts and attaches each
 * mailbox to its establishment; {@link fr.mssante.advisor.directory.DirectoryRuleRun} runs the rules the
 * extracts can feed, {@link fr.mssante.advisor.directory.DashboardBuilder} counts per department and
 * category, and the {@code Dashboard*Renderer} classes write text, JSON, CSV or HTML. Reading the files
 * is {@code fr.mssante.advisor.extract}'s business, not this package's.
 */
package fr.mssante.advisor.directory;
