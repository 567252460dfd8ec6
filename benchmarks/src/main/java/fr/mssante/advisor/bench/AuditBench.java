package fr.mssante.advisor.bench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.report.AuditReport;
import java.nio.file.Path;
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
 * Steady state: one whole audit of a sample file per operation (read, schema, bind, facts, a fresh
 * KieSession, findings, texts) with one shared {@link Auditor}, for each way of getting the pack.
 * Before measuring, each alternative must find exactly what the DRL pack finds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AuditBench {

    @Param({"drl", "executableModel", "serializedCache"})
    public Bench.Kind kind;

    @Param({"ssiad-val-de-sevre.yaml"})
    public String sample;

    private Auditor auditor;
    private Path file;

    @Setup
    public void setup() {
        Path rules = Bench.rules();
        if (kind == Bench.Kind.serializedCache) {
            Bench.ensureCache(rules);
        }
        file = Bench.sample(sample);
        auditor = Auditor.of(Bench.pack(kind, rules));
        if (kind != Bench.Kind.drl) {
            Bench.checkSameFindings(auditor.pack(), rules, file);
        }
    }

    @Benchmark
    public AuditReport audit() {
        return auditor.audit(file, Bench.OPTIONS);
    }
}
