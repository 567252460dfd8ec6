package fr.mssante.advisor.cli;

import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.ReportedError;
import fr.mssante.advisor.workbench.Scenario;
import fr.mssante.advisor.workbench.ScenarioLoader;
import fr.mssante.advisor.workbench.ScenarioResult;
import fr.mssante.advisor.workbench.ScenarioRunner;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import fr.mssante.advisor.i18n.Wording;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One build of {@code rules watch}, in the JVM that stays up: compiles the pack (no cache: the folder is
 * being edited), prints its problems, runs its scenarios (failures in full, passes counted), audits the
 * setup files (one line each, with the findings that appeared or disappeared since the previous build), then
 * the build time. Keeps the findings of the last build to compare the next one with.
 */
final class WatchBuild {

    /** What a build showed: whether the pack compiled, and how many scenarios failed. */
    record Outcome(boolean compiled, int scenariosFailed) {
    }

    private final Path packDir;
    private final Lang lang;
    private final List<Path> setupFiles;
    private final RulePackLoader loader = new RulePackLoader();
    private final RulesTestCommand.Words testWords;
    /** The findings of each setup file at the last build that could read it: {@code rule subject} → severity. */
    private final Map<String, Map<String, String>> lastFindings = new HashMap<>();
    private final Wording words;

    WatchBuild(Path packDir, Lang lang, List<Path> setupFiles) {
        this.packDir = packDir;
        this.lang = lang;
        this.setupFiles = List.copyOf(setupFiles);
        this.testWords = new RulesTestCommand.Words(lang);
        this.words = Wording.of(lang);
    }

    private boolean fr() {
        return lang == Lang.FR;
    }

    /** Runs one build and writes what it found to {@code out} (flushed). */
    Outcome run(Writer out) throws IOException {
        long start = System.nanoTime();
        RulePack pack;
        try {
            pack = loader.load(packDir);
        } catch (RulePackException e) {
            for (PackProblem p : e.problems()) {
                out.write(p.format(lang) + "\n");
            }
            long millis = elapsed(start);
            String problems = words.regular(e.problems().size(), "problème", "problem");
            out.write((fr() ? "Le paquet ne compile pas (" + problems + ") : en attente du"
                    + " prochain enregistrement. Construit en " + millis + " ms."
                    : "The pack does not compile (" + problems + "): waiting for the next save."
                    + " Built in " + millis + " ms.") + "\n");
            out.flush();
            return new Outcome(false, 0);
        }
        long compiled = elapsed(start);
        for (PackProblem p : pack.problems()) {
            out.write(p.format(lang) + "\n");
        }
        Auditor auditor = Auditor.of(pack);
        int failed = scenarios(auditor, out);
        for (AuditReport report : auditor.auditAll(setupFiles, new AuditOptions(null, lang)).reports()) {
            out.write(summary(report) + "\n");
        }
        long millis = elapsed(start);
        out.write((fr() ? "Construit en " + millis + " ms (compilation " + compiled + " ms, " + pack.rules().size()
                + " règles)." : "Built in " + millis + " ms (compilation " + compiled + " ms, " + pack.rules().size()
                + " rules).") + "\n");
        out.flush();
        return new Outcome(true, failed);
    }

    /** Runs the pack's scenarios: each failure in full, then the count. Returns the number that failed. */
    private int scenarios(Auditor auditor, Writer out) throws IOException {
        ScenarioLoader.Loaded loaded = new ScenarioLoader(auditor.loader()).load(packDir);
        for (PackProblem p : loaded.problems()) {
            out.write(p.format(lang) + "\n");
        }
        ScenarioRunner runner = new ScenarioRunner(auditor, lang);
        int passed = 0;
        int failed = 0;
        int ruleFailures = 0;
        for (Scenario scenario : loaded.scenarios()) {
            ScenarioResult result = runner.run(scenario);
            if (result.passed()) {
                passed++;
            } else {
                failed++;
                ruleFailures += result.ruleFailures().size();
                RulesTestCommand.writeFailure(out, testWords, result);
            }
        }
        out.write(testWords.total(passed, failed, ruleFailures) + "\n");
        return failed;
    }

    /** One setup file on one line: counts by severity, and what changed since the previous build. */
    private String summary(AuditReport report) {
        String source = report.source();
        if (!report.readable()) {
            lastFindings.remove(source);
            ReportedError first = report.errors().get(0);
            return source + words.pick(" : illisible (", ": unreadable (") + words.regular(report.errors().size(),
                    "erreur", "error") + words.pick("), ligne ", "), line ") + first.line() + words.pick(" : ", ": ")
                    + first.message();
        }
        Map<String, Integer> s = report.summary();
        StringBuilder line = new StringBuilder(source).append(words.pick(" : ", ": "))
                .append(words.severityCount("ERROR", s.get("ERROR"))).append(", ")
                .append(words.severityCount("WARNING", s.get("WARNING"))).append(", ")
                .append(words.severityCount("INFO", s.get("INFO"))).append(", ")
                .append(words.count(s.get("waived"), "accepté", "acceptés", "accepted", "accepted"));
        if (!report.ruleFailures().isEmpty()) {
            line.append(", ").append(words.count(report.ruleFailures().size(), "règle en échec", "règles en échec",
                    "rule failure", "rule failures"));
        }
        // By rule and subject, with the severity: a severity changed in the DRL is a change to show.
        Map<String, String> now = new TreeMap<>();
        report.findings().forEach(f -> now.put(key(f), f.severity().name()));
        Map<String, String> before = lastFindings.put(source, now);
        if (before != null) {
            Set<String> appeared = new TreeSet<>(now.keySet());
            appeared.removeAll(before.keySet());
            Set<String> gone = new TreeSet<>(before.keySet());
            gone.removeAll(now.keySet());
            List<String> regraded = now.entrySet().stream()
                    .filter(e -> before.containsKey(e.getKey()) && !before.get(e.getKey()).equals(e.getValue()))
                    .map(e -> e.getKey() + " (" + words.severity(before.get(e.getKey())) + " → "
                            + words.severity(e.getValue()) + ")").toList();
            if (appeared.isEmpty() && gone.isEmpty() && regraded.isEmpty()) {
                line.append(words.pick(" ; inchangé", "; unchanged"));
            }
            if (!appeared.isEmpty()) {
                line.append(words.pick(" ; apparus : ", "; new: ")).append(String.join(", ", appeared));
            }
            if (!gone.isEmpty()) {
                line.append(words.pick(" ; disparus : ", "; gone: ")).append(String.join(", ", gone));
            }
            if (!regraded.isEmpty()) {
                line.append(words.pick(" ; gravité changée : ", "; severity changed: ")).append(String.join(", ", regraded));
            }
        }
        return line.toString();
    }

    /** A finding across builds: its rule and its subject (lines and texts may move while rules are edited). */
    private static String key(ReportedFinding f) {
        return f.ruleId() + " " + f.subject();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
