package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that does not compile, asked for JSON: standard output gets a JSON object with the problems
 * (a CI step parsing it must not read nothing), standard error the same problems for a person.
 */
class BrokenPackOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path pack;

    @BeforeEach
    void brokenPack() throws IOException {
        pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("eligibility/eligibility.drl");
        Files.writeString(drl, Files.readString(drl).replace("Structure( category == \"RESIDENCE_AUTONOMIE\"",
                "Structure( categorie == \"RESIDENCE_AUTONOMIE\""));
    }

    @Test
    void auditWithFormatJsonWritesTheProblemsAsJson() throws IOException {
        InProcess run = InProcess.run("audit", "samples/ehpad-clean.yaml", "--format", "json", "--rules", pack)
                .assertNoStackTrace();
        assertThat(run.status()).isEqualTo(3);
        JsonNode problem = onlyProblem(run.out());
        assertThat(problem.path("file").asText()).endsWith("eligibility/eligibility.drl");
        int line = TestPacks.lineOf("eligibility/eligibility.drl", "Structure( category ==");
        assertThat(problem.path("line").asInt()).isEqualTo(line);
        assertThat(problem.path("column").asInt()).isEqualTo(16);
        assertThat(problem.path("message").asText()).contains("« categorie »", "« category »");
        assertThat(run.err()).contains("eligibility.drl:" + line + ":16: le fait Structure n'a pas de champ « categorie »");
    }

    @Test
    void rulesListAndRulesCheckWithFormatJsonWriteTheProblemsInTheChosenLanguage() throws IOException {
        InProcess list = InProcess.run("rules", "list", "--format", "json", "--lang", "en", "--rules", pack);
        assertThat(list.status()).isEqualTo(3);
        assertThat(onlyProblem(list.out()).path("message").asText()).startsWith("fact Structure has no field \"categorie\"");
        assertThat(list.err()).contains("fact Structure has no field");

        InProcess check = InProcess.run("rules", "check", "--format", "json", "--rules", pack);
        assertThat(check.status()).isEqualTo(3);
        assertThat(JSON.readTree(check.out()).path("usable").asBoolean(true)).isFalse();
        InProcess clean = InProcess.run("rules", "check", "--format", "json", "--rules", TestPacks.RULES);
        assertThat(clean.status()).isZero();
        JsonNode ok = JSON.readTree(clean.out());
        assertThat(ok.path("usable").asBoolean()).isTrue();
        assertThat(ok.path("rules").asInt()).isEqualTo(TestPacks.pack().rules().size());
        assertThat(ok.path("problems")).isEmpty();
        assertThat(InProcess.run("rules", "check", "--format", "html").status()).isEqualTo(2);
    }

    private static JsonNode onlyProblem(String out) throws IOException {
        JsonNode root = JSON.readTree(out);
        assertThat(root.path("usable").asBoolean(true)).isFalse();
        assertThat(root.path("problems")).hasSize(1);
        return root.path("problems").get(0);
    }
}
