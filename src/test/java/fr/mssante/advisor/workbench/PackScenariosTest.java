package fr.mssante.advisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.pack.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario of {@code rules/tests/} as a test of its own: per rule, the cases where it fires
 * and the near-misses where it must not. The same scenarios run with {@code rules test}.
 */
class PackScenariosTest {

    private static final ScenarioLoader.Loaded LOADED =
            new ScenarioLoader(TestPacks.auditor().loader()).load(TestPacks.RULES);

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        ScenarioRunner runner = new ScenarioRunner(TestPacks.auditor());
        return LOADED.scenarios().stream().map(s -> DynamicTest.dynamicTest(
                s.file().replace("rules/tests/", "") + ":" + s.line() + " " + s.name(), () -> {
                    ScenarioResult result = runner.run(s);
                    assertThat(result.errors()).as("setup errors").isEmpty();
                    assertThat(result.ruleFailures()).as("rules that broke").isEmpty();
                    assertThat(result.missing()).as("expected but not reported").isEmpty();
                    assertThat(result.unexpected()).as("reported but should not be").isEmpty();
                    assertThat(result.waivedMismatch()).as("expected as waived").isEmpty();
                }));
    }

    @Test
    void scenarioFilesAllRead() {
        assertThat(LOADED.problems()).isEmpty();
    }

    @Test
    void everyRuleFiresInSomeScenarioAndHasANearMiss() {
        ScenarioRunner runner = new ScenarioRunner(TestPacks.auditor());
        Set<String> fired = new TreeSet<>();
        Set<String> nearMissed = new TreeSet<>();
        for (Scenario s : LOADED.scenarios()) {
            fired.addAll(runner.run(s).fired());
            s.absent().forEach(a -> nearMissed.add(a.rule()));
        }
        List<String> ids = TestPacks.pack().sortedRules().stream().map(RuleInfo::id).toList();
        assertThat(fired).as("rules fired by a scenario").containsAll(ids);
        assertThat(nearMissed).as("rules with a near-miss scenario").containsAll(ids);
    }
}
