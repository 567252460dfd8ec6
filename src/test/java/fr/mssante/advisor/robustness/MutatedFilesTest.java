package fr.mssante.advisor.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.ChildJvm;
import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.cli.Main;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated setup files (the samples and generated setups, damaged as in {@link Mutations}) and the
 * hostile corpus of {@code src/test/resources/hostile/}. Invariants: no exception, no internal error,
 * no rule failure (a setup file cannot break a rule), exit status in {0, 1, 2}, every file accounted
 * for in the output, and the same input gives the same bytes.
 */
class MutatedFilesTest {

    /** How many mutants the suite runs (see docs/security.md). */
    static final int MUTANTS = 400;
    private static final long BASE_SEED = 6_000_000L;
    private static final String AS_OF = "2026-01-15";
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.parse(AS_OF), Lang.FR);
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A mutant: its name says where it comes from and what was done, so a failure can be replayed. */
    record Mutant(String name, byte[] bytes) {
    }

    static List<String> originals() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> samples = Files.list(TestPacks.SAMPLES)) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (long seed = 1; seed <= 6; seed++) {
            texts.add(new SetupGenerator(seed).next().text());
        }
        return texts;
    }

    static List<Mutant> mutants() throws IOException {
        List<String> originals = originals();
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            long seed = BASE_SEED + i;
            List<String> applied = new ArrayList<>();
            byte[] bytes = new Mutations(seed).mutate(originals.get(i % originals.size()), applied);
            out.add(new Mutant(String.format("mutant-%04d.yaml", i), bytes));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyMutantIsReportedCalmly() throws IOException {
        Auditor auditor = TestPacks.auditor();
        List<Mutant> mutants = mutants();
        return IntStream.range(0, mutants.size()).mapToObj(i -> DynamicTest.dynamicTest(
                mutants.get(i).name() + " (seed " + (BASE_SEED + i) + ")", () -> {
                    Mutant m = mutants.get(i);
                    AuditReport report = audit(auditor, m);
                    assertCalm(report);
                    assertThat(GeneratedSetupsTest.json(audit(auditor, m))).as("same input, same report")
                            .isEqualTo(GeneratedSetupsTest.json(report));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsReportedCalmly() throws IOException {
        Auditor auditor = TestPacks.auditor();
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                    () -> assertCalm(auditor.audit(file, OPTIONS))));
        }
    }

    private static AuditReport audit(Auditor auditor, Mutant m) throws IOException {
        return auditor.audit(m.name(), new ByteArrayInputStream(m.bytes()), OPTIONS);
    }

    /** Either findings or input errors, each error with a message for people; never an internal failure. */
    static void assertCalm(AuditReport report) {
        assertThat(report.ruleFailures()).as("a setup file made a rule fail").isEmpty();
        if (report.readable()) {
            assertThat(report.errors()).isEmpty();
        } else {
            assertThat(report.errors()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.message()).isNotBlank().doesNotContain("erreur interne", "Exception", "\tat ");
                assertThat(e.line()).isNotNegative();
            });
            assertThat(report.findings()).isEmpty();
        }
    }

    /**
     * The whole batch through the command line, in-process: good samples, mutants and hostile files in
     * one folder. Every file has its report, each good sample's report is what it is alone, and a
     * second run writes the same bytes.
     */
    @Test
    void aBatchWithBadFilesStillReportsEveryGoodOne() throws IOException {
        Path batch = dir.resolve("lot");
        Files.createDirectories(batch);
        Set<String> expectedSources = new TreeSet<>();
        for (Mutant m : mutants()) {
            expectedSources.add(Files.write(batch.resolve(m.name()), m.bytes()).toString());
        }
        List<Path> samples;
        try (Stream<Path> s = Files.list(TestPacks.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path sample : samples) {
            expectedSources.add(Files.copy(sample, batch.resolve("sample-" + sample.getFileName())).toString());
        }
        try (Stream<Path> s = Files.list(HOSTILE)) {
            for (Path hostile : s.sorted().toList()) {
                expectedSources.add(Files.copy(hostile, batch.resolve("hostile-" + hostile.getFileName())).toString());
            }
        }

        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        int status = Main.run("audit", batch.toString(), "--as-of", AS_OF, "--format", "json", "--output", first.toString());
        int again = Main.run("audit", batch.toString(), "--as-of", AS_OF, "--format", "json", "--output", second.toString());

        assertThat(status).isIn(0, 1, 2).isEqualTo(again);
        assertThat(Files.readAllBytes(second)).as("same batch, same bytes").isEqualTo(Files.readAllBytes(first));
        JsonNode reports = JSON.readTree(first.toFile()).get("reports");
        Set<String> sources = new TreeSet<>();
        reports.forEach(r -> sources.add(r.get("source").asText()));
        assertThat(sources).as("every file accounted for").isEqualTo(expectedSources);

        for (Path sample : samples) {
            String source = batch.resolve("sample-" + sample.getFileName()).toString();
            JsonNode inBatch = stream(reports).filter(r -> r.get("source").asText().equals(source)).findFirst().orElseThrow();
            JsonNode alone = JSON.readTree(GeneratedSetupsTest.json(TestPacks.auditor().audit(Path.of(source), OPTIONS)));
            assertThat(withoutSource(inBatch)).as(source).isEqualTo(withoutSource(alone));
        }
    }

    /** A share of the same files through the real {@code main} in a child JVM: what reaches the terminal. */
    @Test
    void theRealCommandLineShowsNoStackTrace() throws Exception {
        Path batch = dir.resolve("terminal");
        Files.createDirectories(batch);
        List<Mutant> mutants = mutants();
        for (int i = 0; i < mutants.size(); i += 10) {
            Files.write(batch.resolve(mutants.get(i).name()), mutants.get(i).bytes());
        }
        try (Stream<Path> s = Files.list(HOSTILE)) {
            for (Path hostile : s.toList()) {
                Files.copy(hostile, batch.resolve(hostile.getFileName()));
            }
        }
        ChildJvm.Exec text = ChildJvm.run(dir, "audit", batch, "--as-of", AS_OF).assertNoStackTrace();
        assertThat(text.status()).isEqualTo(2);
        assertThat(text.out()).contains("billion-laughs.yaml").contains("latin1.yaml").contains("alias YAML");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static JsonNode withoutSource(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("source");
        return copy;
    }
}
