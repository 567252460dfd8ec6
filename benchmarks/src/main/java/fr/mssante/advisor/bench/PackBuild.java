package fr.mssante.advisor.bench;

import fr.mssante.advisor.pack.RulePack;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Getting a usable rule pack (knowledge base, texts, reference data, rule metadata), for each way of
 * building it. The subclasses only say how JMH runs it: in a fresh JVM or a warm one.
 */
@State(Scope.Benchmark)
public abstract class PackBuild {

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
