/**
 * The regional equipment dashboard ({@code directory} command): which ESSMS of a department have
 * MSSanté mailboxes, from the public FINESS extraction and the Annuaire Santé extraction of MSSanté
 * mailboxes.
 *
 * <p>The flow: {@link fr.mssante.advisor.directory.FinessExtractReader} streams the establishments and
 * {@link fr.mssante.advisor.directory.EquipmentJoin} keeps those in scope (ESSMS categories of
 * {@link fr.mssante.advisor.directory.DirectoryReference}, departments); then
 * {@link fr.mssante.advisor.directory.MailboxExtractReader} streams the mailboxes and the join attaches
 * each to its establishment. {@link fr.mssante.advisor.directory.DirectoryRuleRun} runs the rules that
 * the extractions can feed, {@link fr.mssante.advisor.directory.DashboardBuilder} counts per department
 * and category, and the {@code Dashboard*Renderer} classes write text, JSON, CSV or HTML.
 */
package fr.mssante.advisor.directory;
