package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Baseline;
import fr.mssante.advisor.pack.TrustList;
import fr.mssante.advisor.report.JunitRenderer;
import fr.mssante.advisor.report.Renderer;
import fr.mssante.advisor.report.Renderers;
import fr.mssante.advisor.report.ReportStream;
import fr.mssante.advisor.report.RunTotals;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.report.TextRenderer;
import fr.mssante.advisor.setup.SetupFiles;
import fr.mssante.advisor.timing.Phases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit FILE_OR_DIR...}: audits setup files and prints the report. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audite des fichiers de configuration MSSanté (un dossier : tous ses *.yaml, *.yml, *.json).",
                "Audits MSSanté setup files (a folder: every *.yaml, *.yml, *.json in it)."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:aucun constat au niveau de --fail-on / nothing at --fail-on",
                "1:constats au niveau de --fail-on ou au-dessus / findings at or above --fail-on",
                "2:usage incorrect ou erreur de saisie / bad usage or input error",
                "3:règles invalides ou en échec / rule pack broken or a rule failed"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Fichiers ou dossiers / files or folders.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (défaut), json, markdown, html, junit, sarif.")
    String format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date d'audit (aujourd'hui par défaut) / audit date (today by default).")
    String asOf;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERROR",
            description = "ERROR (défaut), WARNING, INFO ou NEVER : seuil du statut 1 / threshold of exit status 1.")
    String failOn;

    @Option(names = "--trust-list", paramLabel = "FILE",
            description = {"Liste blanche officielle MSSanté (XML) : seuls ses domaines sont dans l'espace de confiance.",
                    "Official MSSanté whitelist (XML): only the domains it names are in the trust space."})
    Path trustList;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = {"Dans un dossier, laisse de côté ce qui correspond (répétable) : « archive/** », « *.draft.yaml »"
                    + " ; les dossiers et fichiers cachés (.git, .github…) le sont toujours.",
                    "In a folder, leave out what matches (repeatable): \"archive/**\", \"*.draft.yaml\"; hidden folders"
                            + " and files (.git, .github…) always are."})
    List<String> excludes = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = {"Rapport JSON d'un audit précédent : marque les constats nouveaux, liste les corrigés ; seuls les nouveaux comptent dans le statut.",
                    "JSON report of an earlier audit: marks new findings, lists fixed ones; only new ones count in the exit status."})
    Path baselineFile;

    @Option(names = "--show-waived",
            description = "Rapport texte : liste les constats acceptés et leur motif (défaut) / text report: list accepted findings (default).")
    boolean showWaived;

    @Option(names = "--hide-waived",
            description = "Rapport texte : n'en donne que le nombre / text report: only count accepted findings.")
    boolean hideWaived;

    @Mixin
    OutputOptions output;

    @Mixin
    PackOption pack;

    @Mixin
    ReadLimitOptions limits;

    @Override
    public Integer call() {
        Phases.mark("command line parsed");
        Lang lang = output.langOrReport();
        LocalDate date = UsageErrors.dayOrReport(asOf);
        Renderers.Format renderer = Renderers.Format.parse(format);
        FailOn failLevel = FailOn.parseOrReport(failOn);
        if (renderer == null) {
            UsageErrors.report("--format « " + format + " » : "
                    + Renderers.Format.names());
        }
        if (showWaived && hideWaived) {
            UsageErrors.report("--show-waived et/and --hide-waived : choisissez-en un / choose one.");
        }
        if (lang == null || date == null || renderer == null || failLevel == null
                || (showWaived && hideWaived)) {
            return ExitStatus.INPUT_ERROR.code();
        }
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = Baseline.read(baselineFile);
            } catch (Baseline.Unusable e) {
                UsageErrors.report("--baseline " + e.getMessage());
                return ExitStatus.INPUT_ERROR.code();
            }
        }
        List<Path> named = new ArrayList<>();
        for (Path path : paths) {
            List<Path> found = SetupFiles.filesOf(path, excludes);
            if (java.nio.file.Files.isDirectory(path) && found.isEmpty()) {
                UsageErrors.report("aucun fichier *.yaml, *.yml ou *.json dans « "
                        + path + " » / no setup file in this folder.");
                return ExitStatus.INPUT_ERROR.code();
            }
            named.addAll(found);
        }
        List<Path> distinct = SetupFiles.distinct(named);
        List<Path> files = withoutBaseline(distinct);
        if (files.isEmpty()) {
            UsageErrors.report("rien à auditer : le seul fichier désigné est la référence « " + baselineFile
                    + " » / nothing to audit: the only file named is the baseline.");
            return ExitStatus.INPUT_ERROR.code();
        }
        if (distinct.size() < named.size() && !output.quiet) {
            int twice = named.size() - distinct.size();
            Console.ERR.println("Note : " + Wording.of(Lang.FR).counted(twice, "fichier désigné plusieurs fois, audité",
                    "fichiers désignés plusieurs fois, audités") + " une seule fois / " + Wording.of(Lang.EN).counted(twice,
                    "file named more than once, audited", "files named more than once, audited") + " once.");
        }
        TrustList official = null;
        if (trustList != null) {
            try {
                official = TrustList.read(trustList);
            } catch (TrustList.Unreadable e) {
                UsageErrors.report("--trust-list : " + e.getMessage());
                return ExitStatus.INPUT_ERROR.code();
            }
        }
        boolean single = SetupFiles.isSingleFile(paths, files);
        Renderer chosen = switch (renderer) {
            case TEXT -> new TextRenderer(!hideWaived);
            case JUNIT -> new JunitRenderer(failLevel.threshold());
            default -> renderer.renderer();
        };
        boolean streamed = !single && chosen instanceof ReportStream.Streamable;
        EarlyReading reading = EarlyReading.start(streamed ? List.of() : files, limits.limits());
        RulePack rules = pack.loadOrReport(lang, renderer == Renderers.Format.JSON ? output : null);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        if (official != null) {
            rules = rules.withTrustList(official);
        }
        if (!output.quiet) {
            for (PackProblem p : rules.problems()) {
                Console.ERR.println("attention / warning: " + p.format(lang));
            }
        }
        AuditOptions options = new AuditOptions(date, lang);
        Auditor auditor = Auditor.of(rules, reading.loader());
        if (streamed) {
            // Many files: audited over the cores and written as they come, nothing accumulated.
            ReportStream.Streamable streamable = (ReportStream.Streamable) chosen;
            RunTotals[] totals = new RunTotals[1];
            Baseline compared = baseline;
            if (!output.write(out -> totals[0] = BatchOutput.write(auditor, files, options, streamable, out,
                    output.quiet, compared))) {
                return ExitStatus.INPUT_ERROR.code();
            }
            noteNotAudited(baseline);
            Phases.mark("batch audited and written");
            return status(totals[0], failLevel.threshold()).code();
        }
        List<LoadedSetup> loaded = reading.loaded();
        AuditRun run = loaded == null ? auditor.auditFiles(files, single, options)
                : auditor.auditLoaded(loaded, options, single);
        Phases.mark("rules run, findings assembled");
        if (baseline != null) {
            run = baseline.compare(run);
            noteNotAudited(baseline);
        }
        String text = chosen.render(run, lang);
        Phases.mark("report rendered");
        if (!output.write(text)) {
            return ExitStatus.INPUT_ERROR.code();
        }
        Phases.mark("report written");
        return status(RunTotals.of(run), failLevel.threshold()).code();
    }

    /** A baseline kept in the audited folder is a report, not a setup file: it is left out (and said so). */
    private List<Path> withoutBaseline(List<Path> files) {
        if (baselineFile == null || !java.nio.file.Files.isRegularFile(baselineFile)) {
            return files;
        }
        List<Path> kept = SetupFiles.without(files, baselineFile);
        if (kept.size() < files.size() && !output.quiet) {
            Console.ERR.println("Note : " + baselineFile + " est la référence (--baseline), il n'est pas audité"
                    + " / is the baseline, not audited.");
        }
        return kept;
    }

    /** The baseline's structures this run did not audit: said, so that none seems fixed or forgotten. */
    private void noteNotAudited(Baseline baseline) {
        if (baseline == null || output.quiet || baseline.notAudited().isEmpty()) {
            return;
        }
        List<String> missing = baseline.notAudited();
        Console.ERR.println("Note : " + (missing.size() == 1
                ? "une structure de la référence n'a pas été auditée cette fois, ses constats"
                : missing.size() + " structures de la référence n'ont pas été auditées cette fois, leurs constats")
                + " ne sont ni comptés ni dits corrigés (" + String.join(", ", missing) + ") / " + missing.size() + " baseline structure(s) not audited this"
                + " time: " + String.join(", ", missing));
    }

    static ExitStatus status(RunTotals run, Severity threshold) {
        ExitStatus status = ExitStatus.OK;
        if (threshold != null && run.hasFindingsAtLeast(threshold)) {
            status = ExitStatus.FINDINGS;
        }
        if (run.hasInputErrors()) {
            status = status.max(ExitStatus.INPUT_ERROR);
        }
        if (run.hasRuleFailures()) {
            status = status.max(ExitStatus.PACK_ERROR);
        }
        return status;
    }
}
