package fr.mssante.advisor.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.JsonRenderer;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.setup.LoadedSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: a generated valid setup is readable, its findings of the oracle's rules are exactly the
 * oracle's, and auditing it twice gives byte-identical JSON. Each case names its seed, so a failure
 * is replayed with {@code new SetupGenerator(seed)}.
 */
class GeneratedSetupsTest {

    /** How many setups the suite generates (see docs/security.md for the figures). */
    static final int GENERATED = 300;
    private static final long BASE_SEED = 20261128L;
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    @TestFactory
    Stream<DynamicTest> generatedSetupsGiveExactlyWhatTheRulesSay() {
        Auditor auditor = TestPacks.auditor();
        return IntStream.range(0, GENERATED).mapToObj(i -> {
            long seed = BASE_SEED + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> check(auditor, seed, i));
        });
    }

    private static void check(Auditor auditor, long seed, int index) throws IOException {
        SetupGenerator.Generated generated = new SetupGenerator(seed).next();
        String name = generated.fileName(index);
        AuditReport report = audit(auditor, name, generated.text());
        assertThat(report.errors()).as("input errors of a valid setup:%n%s", generated.text()).isEmpty();
        assertThat(report.ruleFailures()).isEmpty();

        Set<String> actual = new TreeSet<>();
        report.findings().stream().filter(f -> RuleOracle.RULES.contains(f.ruleId()))
                .forEach(f -> actual.add(f.ruleId() + " " + f.subject()));
        Set<String> expected = RuleOracle.expected(generated.tree(), OPTIONS.asOf());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertThat(actual).as("missing %s, unexpected %s, for%n%s", missing, extra, generated.text())
                .isEqualTo(expected);

        String once = json(report);
        String again = json(audit(auditor, name, generated.text()));
        assertThat(again).as("same input, same report").isEqualTo(once);
    }

    static AuditReport audit(Auditor auditor, String name, String text) throws IOException {
        return auditor.audit(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), OPTIONS);
    }

    static String json(AuditReport report) {
        return new JsonRenderer().render(new AuditRun(List.of(report), Portfolio.NONE, List.of(), true), Lang.FR);
    }

    /** The generator itself: a seed gives the same text, and the text reads back as the same tree. */
    @TestFactory
    Stream<DynamicTest> generatorIsDeterministic() {
        return Stream.of(1L, 2L, 3L).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            assertThat(new SetupGenerator(seed).next().text()).isEqualTo(new SetupGenerator(seed).next().text());
            LoadedSetup loaded = TestPacks.auditor().loader().load("x.yaml",
                    new java.io.StringReader(new SetupGenerator(seed).next().text()), false);
            assertThat(loaded.errors()).isEmpty();
        }));
    }
}
