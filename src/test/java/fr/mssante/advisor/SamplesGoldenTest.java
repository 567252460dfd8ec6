package fr.mssante.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests over {@code samples/}: each sample's findings (rule and subject, waived or not) and
 * eligibility at 2026-01-15 equal {@code src/test/resources/golden/<sample>.expected}.
 */
class SamplesGoldenTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(TestPacks.SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesItsGoldenFindings(String name) throws IOException {
        AuditReport report = TestPacks.auditor().audit(TestPacks.SAMPLES.resolve(name + ".yaml"),
                new AuditOptions(AS_OF, Lang.FR));
        assertThat(report.errors()).as("input errors").isEmpty();
        assertThat(report.ruleFailures()).as("rule failures").isEmpty();
        List<String> got = new ArrayList<>();
        got.add("eligibility: " + report.eligibility());
        report.findings().stream()
                .map(f -> f.ruleId() + " " + f.subject() + (f.waived() ? " waived" : ""))
                .sorted().forEach(got::add);
        assertThat(got).containsExactlyElementsOf(expected(name + ".expected"));
    }

    @Test
    void portfolioOfAllSamples() throws IOException {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), new AuditOptions(AS_OF, Lang.FR));
        List<String> got = run.portfolio().findings().stream()
                .map(p -> p.finding().ruleId() + " " + p.finding().subject()).sorted().toList();
        assertThat(got).containsExactlyElementsOf(expected("portfolio.expected"));
    }

    @Test
    void samplesTogetherFireEveryRuleAndOneIsClean() throws IOException {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), new AuditOptions(AS_OF, Lang.FR));
        Set<String> fired = new TreeSet<>();
        run.reports().forEach(r -> r.findings().forEach(f -> fired.add(f.ruleId())));
        run.portfolio().findings().forEach(p -> fired.add(p.finding().ruleId()));
        assertThat(fired).containsAll(TestPacks.pack().sortedRules().stream().map(RuleInfo::id).toList());
        assertThat(run.reports()).anyMatch(r -> r.readable() && r.findings().isEmpty());
        assertThat(run.reports()).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void everySampleSaysWhatItShowsInAHeaderComment() throws IOException {
        for (String name : samples().toList()) {
            String first = Files.readAllLines(TestPacks.SAMPLES.resolve(name + ".yaml")).get(0);
            assertThat(first).as(name).startsWith("#").hasSizeGreaterThan(10);
        }
    }

    private static List<String> expected(String file) throws IOException {
        return Files.readAllLines(GOLDEN.resolve(file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted((a, b) -> a.startsWith("eligibility") ? -1 : b.startsWith("eligibility") ? 1 : a.compareTo(b))
                .toList();
    }
}
