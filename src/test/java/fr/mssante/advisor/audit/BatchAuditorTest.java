package fr.mssante.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.JsonRenderer;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.report.ReportStream;
import fr.mssante.advisor.report.RunTotals;
import fr.mssante.advisor.report.TextRenderer;
import fr.mssante.advisor.setup.SetupFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch writes, report by report over several threads, exactly what the in-memory run renders:
 * same bytes for JSON (the contract shape) and text, same order, same portfolio, whatever the
 * number of threads or the order the files were named in.
 */
class BatchAuditorTest {

    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    @TempDir
    Path tmp;

    @Test
    void streamedJsonIsByteForByteTheInMemoryReport() throws IOException {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        assertThat(run.portfolio().findings()).as("the samples make a portfolio rule fire").isNotEmpty();
        String expected = new JsonRenderer().render(run, Lang.FR);
        for (int threads : new int[] {1, 2, 5}) {
            assertThat(stream(new JsonRenderer(), SetupFiles.expand(List.of(TestPacks.SAMPLES)), threads))
                    .as("%d thread(s)", threads).isEqualTo(expected);
        }
    }

    @Test
    void streamedTextIsTheInMemoryReportWithItsOverallLine() throws IOException {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        String expected = new TextRenderer().render(run, Lang.FR);
        assertThat(stream(new TextRenderer(), SetupFiles.expand(List.of(TestPacks.SAMPLES)), 2)).isEqualTo(expected);
        assertThat(expected).contains(" audités, ", " recommandations.");
    }

    @Test
    void reportsComeOutSortedByPathWhateverTheOrderGiven() throws IOException {
        List<Path> files = new ArrayList<>(SetupFiles.expand(List.of(TestPacks.SAMPLES)));
        Collections.reverse(files);
        List<String> sources = new ArrayList<>();
        new BatchAuditor(TestPacks.auditor(), 2).run(files, OPTIONS, r -> sources.add(r.source()));
        assertThat(sources).hasSize(files.size()).isSorted();
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillAudited() throws IOException {
        Path bad = Files.writeString(tmp.resolve("a-broken.yaml"), "structure: [unclosed\n", StandardCharsets.UTF_8);
        Path good = Files.copy(TestPacks.SAMPLES.resolve("ssiad-val-de-sevre.yaml"), tmp.resolve("b-ssiad.yaml"));
        List<AuditReport> reports = new ArrayList<>();
        RunTotals totals = new RunTotals();
        new BatchAuditor(TestPacks.auditor(), 2).run(List.of(good, bad), OPTIONS, r -> {
            reports.add(r);
            totals.add(r);
        });
        assertThat(reports).extracting(AuditReport::source).containsExactly(bad.toString(), good.toString());
        assertThat(reports.get(0).readable()).isFalse();
        assertThat(reports.get(1).findings()).isNotEmpty();
        assertThat(totals.hasInputErrors()).isTrue();
        assertThat(totals.files()).isEqualTo(2);
    }

    @Test
    void thePortfolioKeepsOnlyWhatItsRulesNeedAndFindsTheSame() {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        var loaded = SetupFiles.expand(List.of(TestPacks.SAMPLES)).stream().map(TestPacks.auditor().loader()::load)
                .filter(l -> l.readable()).toList();
        var compact = loaded.stream().map(l -> BatchAuditor.compact(
                fr.mssante.advisor.facts.PortfolioEntry.of(l.source(), l.setup()), new java.util.HashMap<>())).toList();
        assertThat(compact).allSatisfy(e -> assertThat(e.mailboxes()).allSatisfy(m -> {
            assertThat(m.forwarding()).isEmpty();
            assertThat(m.authorizedUsers()).isNull();
        }));
        var bySource = new java.util.HashMap<String, fr.mssante.advisor.setup.LoadedSetup>();
        loaded.forEach(l -> bySource.put(l.source(), l));
        assertThat(TestPacks.auditor().portfolio(compact, bySource::get, OPTIONS)).isEqualTo(run.portfolio());
    }

    private static String stream(ReportStream.Streamable format, List<Path> files, int threads) throws IOException {
        StringWriter out = new StringWriter();
        ReportStream stream = format.open(out, Lang.FR);
        RunTotals totals = new RunTotals();
        Portfolio portfolio = new BatchAuditor(TestPacks.auditor(), threads).run(files, OPTIONS,
                r -> {
                    stream.report(r);
                    totals.add(r);
                });
        totals.addPortfolio(portfolio);
        stream.end(portfolio, totals);
        return out.toString();
    }
}
