package fr.mssante.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.JsonRenderer;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.Setup;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The embedding API: one auditor, many audits, from a file, a stream or a model built in memory. */
class AuditorTest {

    private static final Path SAMPLE = Path.of("samples/ssiad-val-de-sevre.yaml");
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.EN);
    private final Auditor auditor = TestPacks.auditor();

    @Test
    void auditsAStreamLikeTheFile() throws Exception {
        AuditReport fromFile = auditor.audit(SAMPLE, OPTIONS);
        AuditReport fromStream = auditor.audit(SAMPLE.toString(),
                new ByteArrayInputStream(Files.readAllBytes(SAMPLE)), OPTIONS);
        assertThat(fromStream.findings()).isEqualTo(fromFile.findings());
        assertThat(fromFile.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.title()).isNotBlank());
    }

    @Test
    void auditsAnInMemoryModelWithoutPositions() {
        LoadedSetup loaded = auditor.loader().load(SAMPLE);
        Setup setup = loaded.setup();
        AuditReport report = auditor.audit(setup, OPTIONS);
        List<String> ids = report.findings().stream().map(ReportedFinding::ruleId).sorted().toList();
        List<String> fromFile = auditor.audit(SAMPLE, OPTIONS).findings().stream().map(ReportedFinding::ruleId)
                .sorted().toList();
        assertThat(ids).isEqualTo(fromFile);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.line()).isZero());
        assertThat(report.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void oneAdvisorServesSeveralThreadsWithTheSameResults() throws Exception {
        AuditReport expected = auditor.audit(SAMPLE, OPTIONS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditReport>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> auditor.audit(SAMPLE, OPTIONS)));
            }
            for (Future<AuditReport> run : runs) {
                assertThat(run.get().findings()).isEqualTo(expected.findings());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reportObjectCarriesWhatTheJsonReportHolds() {
        AuditReport report = auditor.audit(SAMPLE, OPTIONS);
        var json = new JsonRenderer().report(report);
        assertThat(json.get("findings").size()).isEqualTo(report.findings().size());
        assertThat(json.get("summary").get("ERROR").asInt()).isEqualTo(report.summary().get("ERROR"));
        assertThat(json.get("eligibility").asText()).isEqualTo(report.eligibility().name());
    }
}
