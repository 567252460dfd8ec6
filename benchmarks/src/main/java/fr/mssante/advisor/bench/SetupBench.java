package fr.mssante.advisor.bench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.SetupLoader;
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
 * The two halves of an audit, steady state: reading a setup file alone ({@code SetupLoader.load}:
 * YAML with positions, JSON Schema, binding), and auditing a setup already read (rules, findings,
 * texts) with the tool's DRL pack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SetupBench {

    @Param({"ssiad-val-de-sevre.yaml"})
    public String sample;

    private final SetupLoader loader = new SetupLoader();
    private Auditor auditor;
    private Path file;
    private LoadedSetup loaded;

    @Setup
    public void setup() {
        file = Bench.sample(sample);
        loaded = loader.load(file);
        if (!loaded.readable()) {
            throw new IllegalStateException("sample not readable: " + loaded.errors());
        }
        auditor = Auditor.withRules(Bench.rules());
    }

    @Benchmark
    public LoadedSetup loadSetup() {
        return loader.load(file);
    }

    @Benchmark
    public AuditReport auditPreloaded() {
        return auditor.audit(loaded, Bench.OPTIONS);
    }
}
