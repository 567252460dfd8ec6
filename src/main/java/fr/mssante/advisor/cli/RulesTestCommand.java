package fr.mssante.advisor.cli;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.Scenario;
import fr.mssante.advisor.workbench.ScenarioLoader;
import fr.mssante.advisor.workbench.ScenarioResult;
import fr.mssante.advisor.workbench.ScenarioRunner;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules test}: runs the pack's scenarios, shows each result with a diff, then the coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Exécute les scénarios de tests/ du paquet, puis la couverture des règles.",
                "Runs the pack's tests/ scenarios, then the rule coverage."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:tous les scénarios passent / all scenarios pass",
                "1:au moins un scénario échoue / a scenario failed",
                "3:paquet ou scénarios illisibles / pack or scenarios unreadable"})
final class RulesTestCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        Auditor auditor = Auditor.of(rules);
        ScenarioLoader.Loaded loaded = new ScenarioLoader(auditor.loader()).load(rules.root());
        for (PackProblem p : loaded.problems()) {
            Console.ERR.println(p.format());
        }
        ScenarioRunner runner = new ScenarioRunner(auditor);
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        for (Scenario scenario : loaded.scenarios()) {
            ScenarioResult result = runner.run(scenario);
            fired.addAll(result.fired());
            String where = scenario.file() + ":" + scenario.line();
            if (result.passed()) {
                passed++;
                Console.OUT.println("PASS  " + where + "  " + scenario.name());
            } else {
                failed++;
                Console.OUT.println("FAIL  " + where + "  " + scenario.name());
                diff("attendu, absent du rapport / expected, not reported", result.missing());
                diff("rapporté, alors qu'il ne devait pas l'être / reported, should not be", result.unexpected());
                diff("attendu comme accepté (waived) / expected waived", result.waivedMismatch());
                result.errors().forEach(e -> Console.OUT.println("      ! " + e));
                Console.OUT.println("      obtenu / got: " + String.join(", ", result.fired()));
            }
        }
        Console.OUT.println();
        Console.OUT.println("Scénarios / scenarios: " + loaded.scenarios().size());
        List<String> uncovered = rules.sortedRules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id))
                .toList();
        int total = rules.rules().size();
        Console.OUT.println("Couverture / coverage: " + (total - uncovered.size()) + "/" + total
                + " règles déclenchées par au moins un scénario / rules fired by at least one scenario");
        if (!uncovered.isEmpty()) {
            Console.OUT.println("Jamais déclenchées / never fired: " + String.join(", ", uncovered));
        }
        Console.OUT.println("rules: " + passed + " passed, " + failed + " failed");
        if (!loaded.problems().isEmpty()) {
            return ExitStatus.PACK_ERROR.code();
        }
        return failed == 0 ? ExitStatus.OK.code() : ExitStatus.FINDINGS.code();
    }

    private static void diff(String label, List<Scenario.Expected> items) {
        if (!items.isEmpty()) {
            Console.OUT.println("      " + label + ":");
            items.forEach(i -> Console.OUT.println("        - " + i));
        }
    }
}
