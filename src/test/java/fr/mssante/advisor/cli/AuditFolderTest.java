package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit DIR} on a vendor's repository: hidden folders ({@code .git/}, {@code .github/workflows/*.yml})
 * are not setup files and are skipped; {@code --exclude GLOB} (repeatable) leaves out more.
 */
class AuditFolderTest {

    @TempDir
    Path repo;

    @Test
    void hiddenFoldersAndFilesOfARepositoryAreNotAudited() throws IOException {
        Files.copy(Path.of("samples/ehpad-clean.yaml"), repo.resolve("ehpad.yaml"));
        Files.createDirectories(repo.resolve(".github/workflows"));
        Files.writeString(repo.resolve(".github/workflows/ci.yml"), "on: push\njobs:\n  audit:\n    runs-on: ubuntu-latest\n");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config.json"), "{\"core\": {}}");
        Files.writeString(repo.resolve(".brouillon.yaml"), "structure: [\n");
        InProcess run = InProcess.run("audit", repo, "--as-of", "2026-01-15", "--format", "json").assertNoStackTrace();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(sources(run.out())).containsExactly(repo.resolve("ehpad.yaml").toString());
    }

    @Test
    void excludeGlobsLeaveOutFoldersAndFilesAndARepeatedOptionAddsUp() throws IOException {
        Files.copy(Path.of("samples/ehpad-clean.yaml"), repo.resolve("ehpad.yaml"));
        Files.createDirectories(repo.resolve("archive/2019"));
        Files.writeString(repo.resolve("archive/2019/ancien.yaml"), "structure: [\n");
        Files.writeString(repo.resolve("ehpad.draft.yaml"), "structure: [\n");
        InProcess all = InProcess.run("audit", repo, "--as-of", "2026-01-15", "--format", "json");
        assertThat(all.status()).as("the broken files are audited without --exclude").isEqualTo(2);

        InProcess some = InProcess.run("audit", repo, "--as-of", "2026-01-15", "--format", "json",
                "--exclude", "archive/**", "--exclude", "*.draft.yaml").assertNoStackTrace();
        assertThat(some.status()).as(some.err()).isZero();
        assertThat(sources(some.out())).containsExactly(repo.resolve("ehpad.yaml").toString());
        assertThat(InProcess.run("audit", repo, "--as-of", "2026-01-15", "-q", "--exclude", "archive",
                "--exclude", "*.draft.yaml").status()).as("a folder's name alone leaves it out too").isZero();
        assertThat(InProcess.run("audit", repo.resolve("ehpad.draft.yaml"), "-q", "--exclude", "*.draft.yaml").status())
                .as("a file named itself is audited").isEqualTo(2);
    }

    private static List<String> sources(String json) throws IOException {
        List<String> out = new ArrayList<>();
        new ObjectMapper().readTree(json).path("reports").forEach(r -> out.add(r.path("source").asText()));
        return out;
    }
}
