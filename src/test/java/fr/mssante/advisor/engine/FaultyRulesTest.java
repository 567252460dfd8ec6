package fr.mssante.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.cli.Main;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A faulty analyst rule must not lose the audit: the shipped pack plus one deliberately broken rule
 * (from {@code src/test/resources/broken-rules/}) still gives every finding of the shipped pack, and
 * names the broken rule with its file and line. The command line then exits with 3.
 * The four faults: a condition that throws, a consequence that throws, a rule that fires forever,
 * and a rule that floods the session with inserted facts.
 */
class FaultyRulesTest {

    private static final Path SAMPLE = Path.of("samples/ssiad-val-de-sevre.yaml");
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "condition-throws.drl, TEST-CONDITION-THROWS, substring",
            "consequence-throws.drl, TEST-CONSEQUENCE-THROWS, NullPointerException",
            "loops.drl, TEST-LOOPS, boucle",
            "floods.drl, TEST-FLOODS, faits"})
    void brokenRuleIsNamedAndTheOtherFindingsAreKept(String file, String ruleId, String why) throws IOException {
        Path pack = packWith(file);
        AuditReport healthy = TestPacks.auditor().audit(SAMPLE, OPTIONS);
        AuditReport broken = Auditor.withRules(pack).audit(SAMPLE, OPTIONS);

        assertThat(broken.ruleFailures()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.file()).endsWith("broken/" + file);
            assertThat(f.line()).isPositive();
            assertThat(f.message()).contains(why);
        });
        assertThat(broken.findings()).isNotEmpty().containsExactlyInAnyOrderElementsOf(healthy.findings());
    }

    @Test
    void aRuleLoopingThroughUpdateIsBlamedAloneAndKeepsItsOwnFinding() throws IOException {
        Path pack = packWith("update-loops.drl");
        AuditReport healthy = TestPacks.auditor().audit(SAMPLE, OPTIONS);
        AuditReport broken = Auditor.withRules(pack).audit(SAMPLE, OPTIONS);

        assertThat(broken.ruleFailures()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TEST-UPDATE-LOOPS");
            assertThat(f.file()).endsWith("broken/update-loops.drl");
            assertThat(f.line()).isEqualTo(10);
            assertThat(f.message()).contains("boucle", "update");
        });
        assertThat(broken.findings()).filteredOn(f -> !f.ruleId().equals("TEST-UPDATE-LOOPS"))
                .containsExactlyInAnyOrderElementsOf(healthy.findings());
        assertThat(broken.findings()).filteredOn(f -> f.ruleId().equals("TEST-UPDATE-LOOPS")).isNotEmpty();
    }

    @Test
    void commandLineExitsWith3WhenARuleFails() throws IOException {
        Path pack = packWith("consequence-throws.drl");
        int status = Main.run("audit", SAMPLE.toString(), "--as-of", "2026-01-15", "--rules", pack.toString(),
                "--output", tmp.resolve("report.txt").toString());
        assertThat(status).isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("report.txt"))).contains("TEST-CONSEQUENCE-THROWS", "FWD-AUTOMATIC");
    }

    @Test
    void aBrokenPortfolioRuleIsReportedWithTheOtherPortfolioFindingsAndExits3() throws IOException {
        Path pack = packWith("portfolio-throws.drl");
        Path out = tmp.resolve("report.json");
        int status = Main.run("audit", "samples", "--as-of", "2026-01-15", "--rules", pack.toString(),
                "--format", "json", "--output", out.toString());
        assertThat(status).isEqualTo(3);
        var portfolio = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).get("portfolio");
        assertThat(portfolio.get("ruleFailures")).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("TEST-PORTFOLIO-THROWS");
            assertThat(f.get("file").asText()).endsWith("broken/portfolio-throws.drl");
            assertThat(f.get("line").asInt()).isPositive();
        });
        assertThat(portfolio.get("findings")).anySatisfy(
                f -> assertThat(f.get("ruleId").asText()).isEqualTo("PORT-APP-PER-ESTABLISHMENT"));

        assertThat(Main.run("audit", "samples", "--as-of", "2026-01-15", "--rules", pack.toString(),
                "--output", tmp.resolve("report.txt").toString())).isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("report.txt"))).contains("TEST-PORTFOLIO-THROWS", "PORT-APP-PER-ESTABLISHMENT");
    }

    @Test
    void syntaxErrorNamesTheRealFileLineAndColumn() throws IOException {
        Path pack = packWith("syntax-error.drl");
        assertThatThrownBy(() -> new RulePackLoader().load(pack))
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    List<PackProblem> problems = e.problems();
                    assertThat(problems).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo(pack.resolve("broken/syntax-error.drl").toString());
                        assertThat(p.line()).isBetween(12, 14);
                        assertThat(p.column()).isPositive();
                        assertThat(p.blocking()).isTrue();
                    });
                    assertThat(problems).noneMatch(p -> p.message().contains("null Package"));
                });
        int status = Main.run("rules", "check", "--rules", pack.toString());
        assertThat(status).isEqualTo(3);
    }

    /** A copy of the shipped pack with one broken rule file added under {@code broken/}. */
    private Path packWith(String brokenFile) throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Files.createDirectories(pack.resolve("broken"));
        Files.copy(Path.of("src/test/resources/broken-rules", brokenFile), pack.resolve("broken/" + brokenFile));
        return pack;
    }
}
