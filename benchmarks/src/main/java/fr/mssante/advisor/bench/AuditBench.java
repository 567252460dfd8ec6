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
public class AuditBench extends SampleAudit {

    @Setup
    public void setup() {
        prepare(true);
    }

    @Benchmark
    public AuditReport audit() {
        return auditSample();
    }
}
