package fr.mssante.advisor.bench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.AltPacks;
import fr.mssante.advisor.pack.KieBaseCache;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Where the benchmarks find the project, and the three ways of getting a rule pack they compare. */
public final class Bench {

    /** The audit date of the README's examples and of the golden tests. */
    public static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    public enum Kind {
        /** {@code RulePackLoader.load}: the tool today, DRL compiled with the mvel build. */
        drl,
        /** The same DRL files built as the Drools executable model. */
        executableModel,
        /**
         * The tool's {@code KieBaseCache} (what the command line does by default): the packages of a
         * DRL build, serialized once by another JVM and reloaded.
         */
        serializedCache
    }

    private Bench() {
    }

    /** The project root: {@code -Dmssante.root}, else the working folder or its parent (whichever holds rules/). */
    public static Path root() {
        String configured = System.getProperty("mssante.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p : List.of(here, here.getParent())) {
            if (p != null && Files.isRegularFile(p.resolve("rules/pack.yaml"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the project root (or set -Dmssante.root): no rules/pack.yaml in "
                + here + " or its parent");
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Path sample(String name) {
        Path p = root().resolve("samples").resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no sample " + p);
        }
        return p;
    }

    public static RulePack pack(Kind kind, Path rules) {
        return switch (kind) {
            case drl -> new RulePackLoader().load(rules);
            case executableModel -> AltPacks.assemble(rules, AltPacks.buildExecutableModel(rules));
            case serializedCache -> new RulePackLoader(new KieBaseCache(cacheDir())).load(rules);
        };
    }

    /** The benchmarks' own folder for the tool's KieBase cache (not the user's ~/.cache). */
    public static Path cacheDir() {
        return root().resolve("benchmarks/target/kbase-cache");
    }

    /**
     * Fills the cache in a separate JVM when it has no entry for this pack and this code, so that the
     * measuring JVM has not compiled (and so loaded and warmed) the DRL build beforehand.
     * {@link WriteCache} checks that the entry reads back: a miss would silently measure a compilation.
     */
    public static Path ensureCache(Path rules) {
        Path file = cacheDir().resolve(fr.mssante.advisor.pack.PackKey.of(rules) + ".kbase");
        if (Files.isRegularFile(file)) {
            return file;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WriteCache.class.getName(), rules.toString(), cacheDir().toString()).inheritIO().start();
            if (p.waitFor() != 0 || !Files.isRegularFile(file)) {
                throw new IllegalStateException("could not write the kbase cache " + file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** What the benchmarks compare on: each finding's rule and subject, in report order. */
    public static List<String> signature(AuditReport report) {
        if (!report.readable() || report.findings().isEmpty()) {
            throw new IllegalStateException("the sample must be readable and have findings: " + report.source());
        }
        return report.findings().stream().map(f -> f.ruleId() + "@" + f.subject() + ":" + f.path()).toList();
    }

    /** Fails unless the pack finds on {@code sample} exactly what the tool's DRL pack finds. */
    public static void checkSameFindings(RulePack pack, Path rules, Path sample) {
        List<String> expected = signature(Auditor.of(new RulePackLoader().load(rules)).audit(sample, OPTIONS));
        List<String> actual = signature(Auditor.of(pack).audit(sample, OPTIONS));
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the alternative pack finds something else:\n  drl: " + expected
                    + "\n  alt: " + actual);
        }
    }
}
