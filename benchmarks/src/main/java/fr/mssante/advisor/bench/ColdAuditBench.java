package fr.mssante.advisor.bench;

import fr.mssante.advisor.report.AuditReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
public class ColdAuditBench extends SampleAudit {

    @Setup
    public void setup() {
        prepare(false);
    }

    @Benchmark
    public AuditReport firstAudit() {
        return auditSample();
    }
}
