package fr.mssante.advisor.bench;

import fr.mssante.advisor.pack.RulePack;
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
 * The same builds in a JVM that has already built the pack a few times (classes loaded, code
 * compiled): what {@code rules test}, an embedding application or a long-lived service pays to
 * (re)load a pack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class WarmBuildBench {

    @Param({"drl", "executableModel", "serializedCache"})
    public Bench.Kind kind;

    private Path rules;

    @Setup
    public void setup() {
        rules = Bench.rules();
        if (kind == Bench.Kind.serializedCache) {
            Bench.ensureCache(rules);
        }
    }

    @Benchmark
    public RulePack buildPack() {
        return Bench.pack(kind, rules);
    }
}
