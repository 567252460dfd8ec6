package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules test} on a pack with a rule that throws: a scenario whose expectation is wrong is a failed
 * scenario (status 1); a rule that breaks while a scenario runs is a broken pack (status 3), named with its
 * file and line.
 */
class RulesTestFailuresTest {

    /** A valid inline setup of a scenario (after name and asOf), shared by the scenario-file tests. */
    static final String SETUP = """
                setup:
                  format: mssante-setup/1
                  structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD}
                  deployment: {deployed: true}
            """;

    @TempDir
    Path tmp;

    @Test
    void aWrongExpectationIsStatusOneAndABrokenRuleStatusThree() throws IOException {
        Path pack = packWithThrowingRule();
        Files.writeString(pack.resolve("tests/wrong.yaml"), """
                scenarios:
                  - name: "no mailbox, yet a mailbox finding is expected"
                    asOf: 2026-01-15
                """ + SETUP + """
                    expect:
                      - [FWD-AUTOMATIC, bal-x]
                """);
        InProcess wrong = InProcess.run("rules", "test", "--rules", pack).assertNoStackTrace();
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.out()).contains("ÉCHEC  ", "attendu, absent du rapport :", "- FWD-AUTOMATIC bal-x",
                "Scénarios : 0 réussi, 1 en échec.").doesNotContain("! règle");

        Files.writeString(pack.resolve("tests/throws.yaml"), """
                scenarios:
                  - name: "a mailbox: the broken rule throws on it"
                    asOf: 2026-01-15
                """ + SETUP.replace("deployed: true}\n", """
                deployed: true}
                      mailboxes:
                        - {id: bal-soins, address: "soins@ehpad-test.mssante.fr", type: ORG}
                    absent:
                      - [FWD-AUTOMATIC, bal-soins]
                """));
        InProcess broken = InProcess.run("rules", "test", "--rules", pack).assertNoStackTrace();
        assertThat(broken.status()).isEqualTo(3);
        assertThat(broken.out()).containsPattern("! règle TEST-CONSEQUENCE-THROWS en échec \\(\\S*broken/"
                + "consequence-throws\\.drl:\\d+\\) : ").contains("1 règle en échec pendant les scénarios");
        InProcess english = InProcess.run("rules", "test", "--lang", "en", "--rules", pack);
        assertThat(english.status()).isEqualTo(3);
        assertThat(english.out()).contains("! rule TEST-CONSEQUENCE-THROWS failed (", "1 rule failure while running");
    }

    @Test
    void aScenarioNamingARuleThePackDoesNotHaveFailsWithItsName() throws IOException {
        Path pack = packWithThrowingRule();
        Files.writeString(pack.resolve("tests/typo.yaml"), """
                scenarios:
                  - name: "a near miss on a misspelt rule id would pass for nothing"
                    asOf: 2026-01-15
                """ + SETUP + """
                    absent:
                      - [FWD-AUTOMATIQUE, bal-x]
                """);
        InProcess typo = InProcess.run("rules", "test", "--rules", pack).assertNoStackTrace();
        assertThat(typo.status()).isEqualTo(1);
        assertThat(typo.out()).contains("ÉCHEC  ", "la règle FWD-AUTOMATIQUE n'existe pas dans le paquet");
    }

    /** The shipped pack, its scenarios taken out, with a rule whose consequence throws on every mailbox. */
    private Path packWithThrowingRule() throws IOException {
        Path pack = TestPacks.copyOfRulesWithoutScenarios(tmp);
        Files.createDirectories(pack.resolve("broken"));
        Files.copy(Path.of("src/test/resources/broken-rules/consequence-throws.drl"),
                pack.resolve("broken/consequence-throws.drl"));
        return pack;
    }
}
