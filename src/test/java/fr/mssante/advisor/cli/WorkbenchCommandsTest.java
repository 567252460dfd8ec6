package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' commands from the command line: list, doc, explain, test and check on the shipped pack,
 * their common options ({@code --lang}, {@code --output}, {@code --quiet}, {@code --format}) and their
 * words in French by default.
 */
class WorkbenchCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void listNamesEveryRuleWithFrenchSeveritiesAndSubjects() throws IOException {
        assertThat(Main.run("rules", "list", "--rules", "rules", "--output", out())).isZero();
        assertThat(written()).contains("FWD-AUTOMATIC", "AVERTISSEMENT", "RECOMMANDATION", "boîte aux lettres",
                "objet d'une dérogation", "45 règles").doesNotContain("WARNING", "acknowledged subject", "mailbox ");
        assertThat(Main.run("rules", "list", "--lang", "en", "--output", out())).isZero();
        assertThat(written()).contains("WARNING", "acknowledged subject", "45 rules");
    }

    @Test
    void listAsJsonGivesTheCatalogueEntriesWithStableNames() throws IOException {
        assertThat(Main.run("rules", "list", "--format", "json", "--output", out())).isZero();
        JsonNode list = JSON.readTree(written());
        assertThat(list.get("lang").asText()).isEqualTo("fr");
        assertThat(list.get("rules")).hasSize(TestPacks.pack().rules().size());
        JsonNode first = list.get("rules").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "severity", "subjectKind", "title");
        assertThat(first.get("id").asText()).isEqualTo("ACK-EXPIRED");
        assertThat(first.get("severity").asText()).isEqualTo("WARNING");
        assertThat(first.get("subjectKind").asText()).isEqualTo("acknowledged subject");
        assertThat(first.get("title").asText()).isEqualTo("Dérogation expirée");
    }

    @Test
    void listAsMarkdownIsATable() throws IOException {
        assertThat(Main.run("rules", "list", "--format", "markdown", "--lang", "en", "--output", out())).isZero();
        assertThat(written()).startsWith("| Rule | Severity | Subject | Title |\n|---|---|---|---|\n| ACK-EXPIRED | WARNING |");
    }

    @Test
    void aFormatTheCommandCannotWriteIsBadUsageNamingTheAcceptedOnes() {
        InProcess list = InProcess.run("rules", "list", "--format", "html");
        assertThat(list.status()).isEqualTo(2);
        assertThat(list.err()).contains("--format « html » : formats acceptés / accepted formats: text, json, markdown");
        assertThat(InProcess.run("explain", "FWD-AUTOMATIC", "--format", "junit").err())
                .contains("formats acceptés / accepted formats: text, json, markdown");
        InProcess doc = InProcess.run("rules", "doc", "--format", "pdf");
        assertThat(doc.status()).isEqualTo(2);
        assertThat(doc.err()).contains("accepted formats: markdown, html");
    }

    @Test
    void docWritesMarkdownAndHtml() throws IOException {
        assertThat(Main.run("rules", "doc", "--rules", "rules", "--output", out())).isZero();
        assertThat(written()).startsWith("# Catalogue des règles MSSanté")
                .contains("| AVERTISSEMENT | objet d'une dérogation |").doesNotContain("acknowledged subject");
        assertThat(Main.run("rules", "doc", "--format", "html", "--lang", "en", "--output", out())).isZero();
        assertThat(written()).contains("<html lang=\"en\">", "ECH-DOCTOLIB-NOT-MSSANTE", "acknowledged subject");
    }

    @Test
    void explainShowsBasisFixAndAFiringExampleInFrench() throws IOException {
        assertThat(Main.run("explain", "gov-deadline-near", "--rules", "rules", "--output", out())).isZero();
        assertThat(written())
                .contains("GOV-DEADLINE-NEAR", "Gravité : AVERTISSEMENT · sujet : structure", "Pourquoi (FAQ)",
                        "Comment corriger", "Exemple qui la déclenche", "deadline:", "rules/governance/governance.drl:")
                .doesNotContain("WARNING");
        assertThat(Main.run("explain", "ACK-UNUSED", "--output", out())).isZero();
        assertThat(written()).contains("Gravité : RECOMMANDATION · sujet : objet d'une dérogation");
        assertThat(Main.run("explain", "GOV-DEADLINE-NEAR", "--lang", "en", "--output", out())).isZero();
        assertThat(written()).contains("Severity: WARNING", "How to fix", "Example that fires it");
        assertThat(Main.run("explain", "GOV-DEADLINE-NAER")).isEqualTo(2);
    }

    @Test
    void explainsExampleKeepsNumbersWrittenAsTextQuoted() throws IOException {
        assertThat(Main.run("explain", "BAL-ORG-MISSING", "--output", out())).isZero();
        assertThat(written()).contains("finess: \"");
    }

    @Test
    void explainAsJsonAndMarkdown() throws IOException {
        assertThat(Main.run("explain", "GOV-DEADLINE-NEAR", "--format", "json", "--lang", "en", "--rules", "rules",
                "--output", out())).isZero();
        JsonNode e = JSON.readTree(written());
        assertThat(e.fieldNames()).toIterable().containsExactly("id", "severity", "subjectKind", "title", "lang",
                "description", "reference", "recommendation", "file", "line", "example");
        assertThat(e.get("severity").asText()).isEqualTo("WARNING");
        assertThat(e.get("recommendation").asText()).isNotBlank();
        assertThat(e.get("line").asInt()).isPositive();
        assertThat(e.at("/example/file").asText()).startsWith("rules/tests/");
        assertThat(e.at("/example/setup/format").asText()).isEqualTo("mssante-setup/1");

        assertThat(Main.run("explain", "GOV-DEADLINE-NEAR", "--format", "markdown", "--output", out())).isZero();
        assertThat(written()).startsWith("# GOV-DEADLINE-NEAR — ").contains("**Gravité** : AVERTISSEMENT",
                "## Comment corriger", "```yaml\nformat: mssante-setup/1");
    }

    @Test
    void checkSpeaksOneLanguageAndTakesOutputAndQuiet() throws IOException {
        assertThat(Main.run("rules", "check", "--rules", "rules", "--output", out())).isZero();
        assertThat(written()).isEqualTo("OK : 45 règles compilées, métadonnées et textes complets, 8 sujets de la FAQ (rules).\n");
        assertThat(Main.run("rules", "check", "--lang", "en", "--output", out())).isZero();
        assertThat(written()).isEqualTo("OK: 45 rules compiled, metadata and texts complete, 8 FAQ topics (the jar's default pack).\n");
        InProcess quiet = InProcess.run("rules", "check", "--quiet");
        assertThat(quiet.status()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(InProcess.run("rules", "check", "--lang", "de").status()).isEqualTo(2);
    }

    @Test
    void testPassesOnTheShippedPackInFrenchThenEnglish() throws IOException {
        assertThat(Main.run("rules", "test", "--rules", "rules", "--output", out())).isZero();
        List<String> fr = Files.readAllLines(tmp.resolve("out.txt"));
        assertThat(fr).first().asString().startsWith("OK     rules/tests/");
        assertThat(fr).contains("Couverture : 45/45 règles déclenchées par au moins un scénario");
        assertThat(fr.get(fr.size() - 1)).matches("Scénarios : \\d+ réussis?, 0 en échec\\.");
        assertThat(fr).filteredOn(line -> !line.startsWith("OK     ")).noneMatch(line -> line.contains(" / "));

        InProcess en = InProcess.run("rules", "test", "--lang", "en");
        assertThat(en.status()).isZero();
        assertThat(en.out()).startsWith("PASS   ").contains("tests/acknowledgements/ack-expired.yaml:3").containsPattern("\nScenarios: \\d+ passed, 0 failed\\.\n$");
        assertThat(InProcess.run("rules", "test", "-q").out()).isEmpty();
    }

    private String out() {
        return tmp.resolve("out.txt").toString();
    }

    private String written() throws IOException {
        return Files.readString(tmp.resolve("out.txt"));
    }
}
