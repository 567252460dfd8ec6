package fr.mssante.advisor;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's rule pack, compiled once for all tests (compiling is the slow part). */
public final class TestPacks {

    /** The analysts' folder at the project root: tests run on what they edit, not on a copy. */
    public static final Path RULES = Path.of("rules");
    public static final Path SAMPLES = Path.of("samples");

    private static RulePack pack;
    private static Auditor auditor;

    private TestPacks() {
    }

    /** A copy of the shipped pack in {@code dir}, for tests that edit or break it. */
    public static Path copyOfRules(Path dir) throws IOException {
        Path pack = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path source : files.toList()) {
                Path target = pack.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return pack;
    }

    /** A copy of the shipped pack in {@code dir} with an empty {@code tests/}, for tests that write their scenarios. */
    public static Path copyOfRulesWithoutScenarios(Path dir) throws IOException {
        Path pack = copyOfRules(dir);
        try (Stream<Path> tests = Files.walk(pack.resolve("tests"))) {
            tests.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createDirectories(pack.resolve("tests"));
        return pack;
    }

    public static synchronized RulePack pack() {
        if (pack == null) {
            pack = new RulePackLoader().load(RULES);
        }
        return pack;
    }

    public static synchronized Auditor auditor() {
        if (auditor == null) {
            auditor = Auditor.of(pack());
        }
        return auditor;
    }
}
