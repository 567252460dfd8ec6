package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.directory.Dashboard;
import fr.mssante.advisor.directory.DashboardRenderer;
import fr.mssante.advisor.directory.DirectoryDashboard;
import fr.mssante.advisor.extract.ExtractException;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code directory --finess FILE --mssante FILE [--rpps FILE]}: the equipment dashboard of the ESSMS from
 * the public FINESS and Annuaire Santé extractions, and the RPPS when given.
 */
@Command(name = "directory", mixinStandardHelpOptions = true,
        description = {"Tableau de bord de l'équipement MSSanté des ESSMS, par département et par catégorie, d'après"
                + " l'extraction FINESS et l'extraction des boîtes MSSanté de l'Annuaire Santé (et, avec --rpps,"
                + " l'extraction RPPS des professionnels).",
                "MSSanté equipment dashboard of the ESSMS per department and category, from the FINESS and"
                        + " Annuaire Santé extractions (and the RPPS with --rpps)."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:tableau de bord écrit / dashboard written",
                "1:constats au niveau de --fail-on ou au-dessus / findings at or above --fail-on",
                "2:usage incorrect ou fichier illisible / bad usage or unreadable file",
                "3:règles invalides ou en échec / rule pack broken or a rule failed"})
final class DirectoryCommand implements Callable<Integer> {

    @Option(names = "--finess", required = true, paramLabel = "FILE",
            description = "FINESS des établissements : l'extraction Etalab (etalab-cs1100507-stock-….csv, UTF-8 ou"
                    + " Windows-1252) ou le flux JSON (finess-structures-journalier-….json), reconnus à leur contenu.")
    Path finess;

    @Option(names = "--mssante", required = true, paramLabel = "FILE",
            description = "Extraction des boîtes MSSanté de l'Annuaire Santé (Extraction_Correspondance_MSSante_….txt"
                    + " ou le ZIP qui la contient).")
    Path mssante;

    @Option(names = "--rpps", paramLabel = "FILE",
            description = "Extraction RPPS des activités (PS_LibreAcces_Personne_activite_….txt) : ajoute les"
                    + " professionnels enregistrés de chaque établissement et les règles qui en ont besoin"
                    + " (aucun professionnel habilité…) / RPPS activity extraction: adds each establishment's"
                    + " registered professionals and the rules that need them.")
    Path rpps;

    @Option(names = "--trust-list", paramLabel = "FILE",
            description = "Liste blanche MSSanté officielle (listeblanchemssante.xml) au lieu de la liste du paquet"
                    + " de règles / official whitelist instead of the pack's trust-space list.")
    Path trustList;

    @Option(names = "--categories", paramLabel = "CODES", split = ",",
            description = "Catégories FINESS retenues (ex. 500,354), au lieu des ESSMS de reference/finess-categories.yaml.")
    List<String> categories = List.of();

    @Option(names = "--department", paramLabel = "CODES", split = ",",
            description = "Départements retenus (ex. 93,94,2A,971 ; tous par défaut) / departments (all by default).")
    List<String> departments = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (défaut), json, csv, html.")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "NEVER",
            description = "NEVER (défaut : un tableau de bord n'échoue pas), ERROR, WARNING ou INFO : seuil du statut 1.")
    String failOn;

    @Mixin
    OutputOptions output;

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        DashboardRenderer.Format renderer = DashboardRenderer.Format.parse(format);
        FailOn failLevel = FailOn.parseOrReport(failOn);
        if (renderer == null) {
            UsageErrors.report("--format « " + format + " » : "
                    + DashboardRenderer.Format.names());
        }
        List<String> blank = categories.stream().filter(String::isBlank).toList();
        if (!blank.isEmpty() || departments.stream().anyMatch(String::isBlank)) {
            UsageErrors.report("code vide dans --categories ou --department"
                    + " / empty code (e.g. --categories 500,354 --department 93,94).");
            return ExitStatus.INPUT_ERROR.code();
        }
        if (lang == null || renderer == null || failLevel == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        OutputOptions json = renderer == DashboardRenderer.Format.JSON ? output : null;
        RulePack rules = pack.loadOrReport(lang, json);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        TerminalProgress progress = TerminalProgress.forConsole(output.quiet);
        Dashboard dashboard;
        try {
            dashboard = DirectoryDashboard.make(rules, new DirectoryDashboard.Request(finess, mssante, rpps,
                    trustList, categories, departments, lang), progress);
        } catch (ExtractException e) {
            Console.ERR.println((lang == Lang.EN ? "Input error: " : "Erreur de saisie : ") + e.message(lang));
            return ExitStatus.INPUT_ERROR.code();
        } catch (RulePackException e) {
            pack.reportUnusable(e, lang, json);
            return ExitStatus.PACK_ERROR.code();
        } finally {
            progress.finish();
        }
        if (!output.quiet) {
            warnMalformed("FINESS", finess, dashboard.inputs().finess().malformed(), lang);
            warnMalformed("Annuaire Santé", mssante, dashboard.inputs().mailboxes().malformed(), lang);
            if (dashboard.inputs().rpps() != null) {
                warnMalformed("RPPS", rpps, dashboard.inputs().rpps().malformed(), lang);
            }
        }
        if (!output.write(renderer.renderer().render(dashboard, lang))) {
            return ExitStatus.INPUT_ERROR.code();
        }
        return status(dashboard, failLevel.threshold()).code();
    }

    private static ExitStatus status(Dashboard d, Severity threshold) {
        ExitStatus status = ExitStatus.OK;
        if (threshold != null && d.structures().stream().flatMap(s -> s.findings().stream())
                .map(ReportedFinding::severity).anyMatch(s -> s.atLeast(threshold))) {
            status = ExitStatus.FINDINGS;
        }
        return d.ruleFailures().isEmpty() ? status : status.max(ExitStatus.PACK_ERROR);
    }

    /** Malformed lines are skipped, not fatal; the user still hears of them, with where to look. */
    private static void warnMalformed(String which, Path file, MalformedLines m, Lang lang) {
        if (m.count() > 0) {
            String lines = m.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (m.count() > m.firstLines().size() ? ", …" : "");
            Wording words = Wording.of(lang);
            Console.ERR.println(lang == Lang.EN
                    ? "warning: " + file + ": " + words.counted(m.count(), "malformed line", "malformed lines")
                            + " skipped (" + which + ", " + (m.count() > 1 ? "lines " : "line ") + lines + ")"
                    : "attention : " + file + " : " + words.counted(m.count(), "ligne mal formée ignorée",
                            "lignes mal formées ignorées") + " (" + which + ", " + (m.count() > 1 ? "lignes " : "ligne ")
                            + lines + ")");
        }
    }
}
