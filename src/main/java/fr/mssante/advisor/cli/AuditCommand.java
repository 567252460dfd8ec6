package fr.mssante.advisor.cli;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Renderers;
import fr.mssante.advisor.setup.SetupFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
            description = "text (défaut), json, markdown, html, junit.")
    String format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date d'audit (aujourd'hui par défaut) / audit date (today by default).")
    String asOf;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERROR",
            description = "ERROR (défaut), WARNING, INFO ou NEVER : seuil du statut 1 / threshold of exit status 1.")
    String failOn;

    @Mixin
    OutputOptions output;

    @Mixin
    PackOption pack;

    @Mixin
    ReadLimitOptions limits;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        LocalDate date = parseDate();
        Renderers.Format renderer = Renderers.Format.parse(format);
        boolean never = "NEVER".equalsIgnoreCase(failOn.trim());
        Severity threshold = Severity.parse(failOn);
        if (renderer == null) {
            Console.ERR.println("Erreur d'utilisation / usage error: --format « " + format + " » : "
                    + Renderers.Format.names());
        }
        if (threshold == null && !never) {
            Console.ERR.println("Erreur d'utilisation / usage error: --fail-on « " + failOn
                    + " » : ERROR, WARNING, INFO ou/or NEVER.");
        }
        if (lang == null || date == null || renderer == null || (threshold == null && !never)) {
            return ExitStatus.INPUT_ERROR.code();
        }
        for (Path path : paths) {
            if (java.nio.file.Files.isDirectory(path) && SetupFiles.expand(List.of(path)).isEmpty()) {
                Console.ERR.println("Erreur d'utilisation / usage error: aucun fichier *.yaml, *.yml ou *.json dans « "
                        + path + " » / no setup file in this folder.");
                return ExitStatus.INPUT_ERROR.code();
            }
        }
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        if (!output.quiet) {
            for (PackProblem p : rules.problems()) {
                Console.ERR.println("attention / warning: " + p.format());
            }
        }
        AuditRun run = Auditor.of(rules, limits.limits()).auditAll(paths, new AuditOptions(date, lang));
        if (!output.write(renderer.renderer().render(run, lang))) {
            return ExitStatus.INPUT_ERROR.code();
        }
        return status(run, never ? null : threshold).code();
    }

    static ExitStatus status(AuditRun run, Severity threshold) {
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

    private LocalDate parseDate() {
        if (asOf == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            Console.ERR.println("Erreur d'utilisation / usage error: --as-of « " + asOf
                    + " » : date attendue AAAA-MM-JJ / expected YYYY-MM-DD, e.g. 2026-01-15.");
            return null;
        }
    }
}
