package fr.mssante.advisor.bench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.BatchAuditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.report.JsonRenderer;
import fr.mssante.advisor.report.ReportStream;
import fr.mssante.advisor.report.RunTotals;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.SetupFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput on {@link #FILES} generated setup files (SetupGenerator, seed 42): the whole batch
 * as the command line runs it ({@link BatchAuditor} + the streamed JSON report, written to nowhere)
 * on 1 and 2 threads, and its two halves on one thread: reading the files (parse with positions,
 * schema, binding) and the rules with the report model on setups already read. Files per second =
 * {@value #FILES} / (ms per operation / 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class BatchBench {

    static final int FILES = 1000;

    @Param({"1", "2"})
    public int threads;

    private Auditor auditor;
    private List<Path> files;
    private List<LoadedSetup> loaded;

    @Setup
    public void setup() throws IOException {
        Path dir = Bench.root().resolve("benchmarks/target/batch-gen-" + FILES);
        if (!Files.isDirectory(dir)) {
            SetupGenerator.main(new String[] {dir.toString(), String.valueOf(FILES), "42"});
        }
        files = SetupFiles.expand(List.of(dir));
        auditor = Auditor.of(Bench.pack(Bench.Kind.drl, Bench.rules()));
        loaded = files.stream().map(auditor.loader()::load).toList();
    }

    /** The command line's batch: audits over {@code threads} threads, JSON streamed in order. */
    @Benchmark
    public int batchToJson() throws IOException {
        ReportStream stream = new JsonRenderer().open(Writer.nullWriter(), Lang.FR);
        RunTotals totals = new RunTotals();
        Portfolio portfolio = new BatchAuditor(auditor, threads).run(files, Bench.OPTIONS, r -> {
            stream.report(r);
            totals.add(r);
        });
        stream.end(portfolio, totals);
        return totals.files();
    }

    /** Reading only: parse with positions, JSON Schema, binding (one thread; {@code threads} ignored). */
    @Benchmark
    public int readOnly() {
        int n = 0;
        for (Path f : files) {
            n += auditor.loader().load(f).readable() ? 1 : 0;
        }
        return n;
    }

    /** Rules only: a session per setup already read, findings located and translated (one thread). */
    @Benchmark
    public int rulesOnly() {
        int n = 0;
        for (LoadedSetup l : loaded) {
            AuditReport r = auditor.audit(l, Bench.OPTIONS);
            n += r.findings().size();
        }
        return n;
    }
}
