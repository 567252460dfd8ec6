package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules export DIR}: an analyst with only the jar gets the default pack as files, every one of them,
 * and that copy is a pack the other commands take as it is.
 */
class RulesExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theExportIsTheWholePackAndWorksAsOne() throws IOException {
        Path exported = tmp.resolve("mes-regles");
        InProcess r = InProcess.run("rules", "export", exported).assertNoStackTrace();
        assertThat(r.status()).isZero();
        assertThat(files(exported)).isEqualTo(files(TestPacks.RULES)).contains("pack.yaml", "README.md",
                "forwarding/forwarding.drl", "reference/trust-space.yaml", "tests/forwarding/fwd-automatic.yaml");
        for (String file : files(TestPacks.RULES)) {
            assertThat(Files.mismatch(exported.resolve(file), TestPacks.RULES.resolve(file))).as(file).isEqualTo(-1L);
        }
        assertThat(r.out()).contains("Paquet de règles du jar exporté dans " + exported, "tests/ (",
                "Étapes suivantes", "rules check --rules " + exported, "rules test --rules " + exported,
                "audit --rules " + exported);

        assertThat(Main.run("rules", "check", "--rules", exported.toString(), "-q")).isZero();
        assertThat(Main.run("rules", "test", "--rules", exported.toString(), "-q")).isZero();
        Path sample = TestPacks.SAMPLES.resolve("ehpad-les-charmilles.yaml");
        String withTheJarsPack = audit(sample);
        assertThat(withTheJarsPack).contains("\"ruleId\"");
        assertThat(audit(sample, "--rules", exported.toString())).isEqualTo(withTheJarsPack);
    }

    @Test
    void aFolderThatIsNotEmptyIsKeptUnlessForced() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("ailleurs"));
        Files.writeString(target.resolve("notes.txt"), "à garder");
        InProcess refused = InProcess.run("rules", "export", target);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("Erreur d'utilisation / usage error: le dossier « " + target
                + " » n'est pas vide", "--force");
        assertThat(files(target)).containsExactly("notes.txt");

        InProcess forced = InProcess.run("rules", "export", target, "--force", "--lang", "en");
        assertThat(forced.status()).isZero();
        assertThat(forced.out()).contains("exported to " + target, "Next steps", "1 file already there kept");
        assertThat(files(target)).contains("notes.txt", "pack.yaml");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("à garder");

        Path file = Files.writeString(tmp.resolve("un-fichier"), "x");
        assertThat(InProcess.run("rules", "export", file, "--force").err()).contains("n'est pas un dossier");
    }

    private String audit(Path sample, String... more) throws IOException {
        Path out = tmp.resolve("audit.json");
        List<String> args = new java.util.ArrayList<>(List.of("audit", sample.toString(), "--as-of", "2026-01-15",
                "--format", "json", "--output", out.toString()));
        args.addAll(List.of(more));
        Main.run(args.toArray(String[]::new));
        return Files.readString(out);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
