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
 * The first audit after the pack is ready, in a fresh JVM (one call per fork): the other half of a
 * command-line run. The executable model's generated classes and the interpreted DRL constraints do
 * not cost the same the first time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class ColdAuditBench {

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
        auditor = Auditor.of(Bench.pack(kind, rules));
        file = Bench.sample(sample);
    }

    @Benchmark
    public AuditReport firstAudit() {
        return auditor.audit(file, Bench.OPTIONS);
    }
}
