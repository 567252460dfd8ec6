package fr.mssante.advisor;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's rule pack, compiled once for all tests (compiling is the slow part). */
public final class TestPacks {

    /** The analysts' folder at the project root: tests run on what they edit, not on a copy. */
    public static final Path RULES = Path.of("rules");
    public static final Path SAMPLES = Path.of("samples");

    /** A mailbox forwarding automatically inside the trust space: FWD-AUTOMATIC fires on it. */
    public static final String FORWARDING_SETUP = """
            format: mssante-setup/1
            structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD}
            deployment: {deployed: true}
            mailboxes:
              - id: bal-soins
                address: "soins@ehpad-test.mssante.fr"
                type: ORG
                forwarding:
                  - to: "emile.gre@ehpad-test.mssante.fr"
            """;

    /** FWD-AUTOMATIC's condition in {@code forwarding.drl}, and an edit of it that never fires. */
    public static final String FWD_AUTOMATIC_FIRING = "$f : Forwarding( automatic, ref.inTrustSpace(to) )";
    public static final String FWD_AUTOMATIC_SILENCED = "$f : Forwarding( automatic, !automatic, ref.inTrustSpace(to) )";

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

    /** The line (from 1) of the pack's {@code file} holding {@code fragment}: tests survive edits above it. */
    public static int lineOf(String file, String fragment) throws IOException {
        List<String> lines = Files.readAllLines(RULES.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(fragment + " is no longer in rules/" + file);
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
