package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules test} on scenario files an analyst got wrong: a misspelt key or a scenario that checks
 * nothing would pass silently; they are errors with their place (status 3). {@code --require-coverage}
 * fails (status 1) when a rule has no firing scenario or no near miss.
 */
class ScenarioFilesTest {

    private static final String SETUP = RulesTestFailuresTest.SETUP;

    @TempDir
    Path tmp;

    @Test
    void aMisspeltScenarioKeyIsAnErrorWithTheClosestKeyAndItsLine() throws IOException {
        Path pack = packWithoutScenarios();
        Path file = pack.resolve("tests/typo.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: "asof and expected, misspelt"
                    asof: 2026-01-15
                """ + SETUP + """
                    expected:
                      - [GOV-NOT-DEPLOYED, structure]
                  - name: "an expectation with a misspelt key"
                    asOf: 2026-01-15
                """ + SETUP + """
                    absent:
                      - {rule: GOV-NOT-DEPLOYED, sujet: structure}
                """);
        InProcess run = InProcess.run("rules", "test", "--rules", pack).assertNoStackTrace();
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err())
                .contains(file + ":3:5: clé inconnue « asof » dans un scénario ; vouliez-vous dire « asOf » ? / unknown"
                        + " key \"asof\" in a scenario; did you mean \"asOf\"?")
                .contains(file + ":8:5: clé inconnue « expected »", "« expect »")
                .contains(file + ":17:", "clé inconnue « sujet » dans une attente", "« subject »");
        assertThat(run.out()).doesNotContain("OK     ");
    }

    @Test
    void aScenarioWithoutAnyExpectationIsAnError() throws IOException {
        Path pack = packWithoutScenarios();
        Path file = pack.resolve("tests/nothing.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: "checks nothing"
                    asOf: 2026-01-15
                """ + SETUP);
        InProcess run = InProcess.run("rules", "test", "--rules", pack).assertNoStackTrace();
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains(file + ":2:5: scénario sans attente", "expect, absent ou waived");
        assertThat(run.out()).doesNotContain("OK     ");
    }

    @Test
    void requireCoverageFailsWhenARuleHasNoFiringScenarioOrNoNearMiss() throws IOException {
        Path pack = packWithoutScenarios();
        Files.writeString(pack.resolve("tests/one.yaml"), """
                scenarios:
                  - name: "not deployed: fires"
                    asOf: 2026-01-15
                """ + SETUP.replace("deployed: true", "deployed: false") + """
                    expect:
                      - [GOV-NOT-DEPLOYED, structure]
                  - name: "no mailbox at all: the address rule cannot report"
                    asOf: 2026-01-15
                """ + SETUP + """
                    absent:
                      - [BAL-ADDRESS-INVALID, structure]
                """);
        InProcess plain = InProcess.run("rules", "test", "--rules", pack);
        assertThat(plain.status()).as("without the option, passing scenarios pass").isZero();

        InProcess required = InProcess.run("rules", "test", "--require-coverage", "--rules", pack);
        assertThat(required.status()).isEqualTo(1);
        assertThat(required.out()).containsPattern("Sans scénario qui la déclenche \\(expect\\) : .*BAL-ADDRESS-INVALID")
                .containsPattern("Sans « presque » \\(absent\\) : .*GOV-NOT-DEPLOYED");
        assertThat(required.out().lines().filter(l -> l.startsWith("Sans scénario")).findFirst().orElseThrow())
                .doesNotContain("GOV-NOT-DEPLOYED");
        InProcess english = InProcess.run("rules", "test", "--require-coverage", "--lang", "en", "--rules", pack);
        assertThat(english.out()).contains("No firing scenario (expect): ", "No near miss (absent): ");
    }

    @Test
    void theShippedPackMeetsTheRequiredCoverage() {
        InProcess run = InProcess.run("rules", "test", "--require-coverage", "--rules", TestPacks.RULES);
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("Couverture exigée : chaque règle a un scénario qui la déclenche et un « presque ».");
    }

    private Path packWithoutScenarios() throws IOException {
        return TestPacks.copyOfRulesWithoutScenarios(tmp);
    }
}
