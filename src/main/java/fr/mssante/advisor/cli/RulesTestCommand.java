package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.Coverage;
import fr.mssante.advisor.workbench.Scenario;
import fr.mssante.advisor.workbench.ScenarioLoader;
import fr.mssante.advisor.workbench.ScenarioResult;
import fr.mssante.advisor.workbench.ScenarioRunner;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules test}: runs the pack's scenarios, shows each result with a diff, then the coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Exécute les scénarios de tests/ du paquet, puis la couverture des règles.",
                "Runs the pack's tests/ scenarios, then the rule coverage."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:tous les scénarios passent / all scenarios pass",
                "1:au moins un scénario échoue, ou couverture exigée incomplète / a scenario failed, or required"
                        + " coverage incomplete",
                "2:usage incorrect / bad usage",
                "3:paquet ou scénarios illisibles, ou règle en échec pendant un scénario"
                        + " / pack or scenarios unreadable, or a rule failed while running"})
final class RulesTestCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Option(names = "--require-coverage",
            description = {"Échoue (statut 1) si une règle n'a pas de scénario qui la déclenche (expect) ou pas de"
                    + " « presque » (absent).",
                    "Fails (status 1) when a rule has no firing scenario (expect) or no near miss (absent)."})
    boolean requireCoverage;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        RulePack rules = pack.loadOrReport(lang);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        Auditor auditor = Auditor.of(rules);
        ScenarioLoader.Loaded loaded = new ScenarioLoader(auditor.loader()).load(rules.root());
        for (PackProblem p : loaded.problems()) {
            Console.ERR.println(p.format(lang));
        }
        Run run = new Run(new ScenarioRunner(auditor, lang), new Words(lang));
        Coverage coverage = Coverage.of(rules.rules().keySet(), loaded.scenarios());
        boolean uncovered = requireCoverage && !coverage.complete();
        if (!output.write(out -> {
            run.write(rules, loaded.scenarios(), out);
            if (requireCoverage) {
                run.words.requiredCoverage(coverage, out);
            }
        })) {
            return ExitStatus.INPUT_ERROR.code();
        }
        if (!loaded.problems().isEmpty() || run.ruleFailures > 0) {
            return ExitStatus.PACK_ERROR.code();
        }
        return run.failed == 0 && !uncovered ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
    }

    /** One run over the scenarios, written as it goes (a long run shows its progress). */
    private static final class Run {
        private final ScenarioRunner runner;
        private final Words words;
        private int passed;
        private int failed;
        private int ruleFailures;

        Run(ScenarioRunner runner, Words words) {
            this.runner = runner;
            this.words = words;
        }

        void write(RulePack rules, List<Scenario> scenarios, Writer out) throws IOException {
            Set<String> fired = new TreeSet<>();
            for (Scenario scenario : scenarios) {
                ScenarioResult result = runner.run(scenario);
                fired.addAll(result.fired());
                String where = scenario.file() + ":" + scenario.line();
                if (result.passed()) {
                    passed++;
                    out.write(words.pass() + where + "  " + scenario.name() + "\n");
                } else {
                    failed++;
                    ruleFailures += result.ruleFailures().size();
                    writeFailure(out, words, result);
                }
                out.flush();
            }
            List<String> uncovered = rules.sortedRules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id))
                    .toList();
            out.write("\n" + words.coverage(rules.rules().size() - uncovered.size(), rules.rules().size()) + "\n");
            if (!uncovered.isEmpty()) {
                out.write(words.neverFired() + String.join(", ", uncovered) + "\n");
            }
            out.write(words.total(passed, failed, ruleFailures) + "\n");
        }
    }

    /** A failed scenario in full: where it is, what was missing or unexpected, what the rules reported. */
    static void writeFailure(Writer out, Words words, ScenarioResult result) throws IOException {
        Scenario scenario = result.scenario();
        out.write(words.fail() + scenario.file() + ":" + scenario.line() + "  " + scenario.name() + "\n");
        diff(out, words.missing(), result.missing());
        diff(out, words.unexpected(), result.unexpected());
        diff(out, words.waivedMismatch(), result.waivedMismatch());
        for (String e : result.errors()) {
            out.write("      ! " + e + "\n");
        }
        for (RuleFailure f : result.ruleFailures()) {
            out.write("      ! " + words.ruleFailed(f) + "\n");
        }
        out.write("      " + words.got() + String.join(", ", result.fired()) + "\n");
    }

    private static void diff(Writer out, String label, List<Scenario.Expected> items) throws IOException {
        if (!items.isEmpty()) {
            out.write("      " + label + "\n");
            for (Scenario.Expected i : items) {
                out.write("        - " + i + "\n");
            }
        }
    }

    /** The words of {@code rules test} (and of {@code rules watch}), in the language of {@code --lang}. */
    record Words(Lang lang) {

        private boolean fr() {
            return lang == Lang.FR;
        }

        String pass() {
            return fr() ? "OK     " : "PASS   ";
        }

        String fail() {
            return fr() ? "ÉCHEC  " : "FAIL   ";
        }

        String missing() {
            return fr() ? "attendu, absent du rapport :" : "expected, not reported:";
        }

        String unexpected() {
            return fr() ? "rapporté alors qu'il ne devait pas l'être :" : "reported, should not be:";
        }

        String waivedMismatch() {
            return fr() ? "attendu comme accepté (dérogation) :" : "expected as waived:";
        }

        String got() {
            return fr() ? "obtenu : " : "got: ";
        }

        /** A rule that broke while a scenario was audited: its id, where it is written, what happened. */
        String ruleFailed(RuleFailure f) {
            return fr() ? "règle " + f.ruleId() + " en échec (" + f.file() + ":" + f.line() + ") : " + f.message()
                    : "rule " + f.ruleId() + " failed (" + f.file() + ":" + f.line() + "): " + f.message();
        }

        String coverage(int covered, int total) {
            return fr() ? "Couverture : " + covered + "/" + total + " règles déclenchées par au moins un scénario"
                    : "Coverage: " + covered + "/" + total + " rules fired by at least one scenario";
        }

        /** What {@code --require-coverage} found: the rules lacking a firing scenario or a near miss. */
        void requiredCoverage(Coverage coverage, Writer out) throws IOException {
            if (coverage.complete()) {
                out.write(fr() ? "Couverture exigée : chaque règle a un scénario qui la déclenche et un « presque ».\n"
                        : "Required coverage: every rule has a firing scenario and a near miss.\n");
                return;
            }
            if (!coverage.withoutFiring().isEmpty()) {
                out.write((fr() ? "Sans scénario qui la déclenche (expect) : " : "No firing scenario (expect): ")
                        + String.join(", ", coverage.withoutFiring()) + "\n");
            }
            if (!coverage.withoutNearMiss().isEmpty()) {
                out.write((fr() ? "Sans « presque » (absent) : " : "No near miss (absent): ")
                        + String.join(", ", coverage.withoutNearMiss()) + "\n");
            }
        }

        String neverFired() {
            return fr() ? "Jamais déclenchées : " : "Never fired: ";
        }

        String total(int passed, int failed, int ruleFailures) {
            Wording words = Wording.of(lang);
            String failures = ruleFailures == 0 ? ""
                    : ", " + words.count(ruleFailures, "règle en échec", "règles en échec", "rule failure",
                    "rule failures") + words.pick(" pendant les scénarios", " while running");
            return fr() ? "Scénarios : " + words.counted(passed, "réussi", "réussis") + ", " + failed + " en échec"
                    + failures + "."
                    : "Scenarios: " + passed + " passed, " + failed + " failed" + failures + ".";
        }
    }
}
