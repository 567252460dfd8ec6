package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code directory} as a user runs it: formats, scope options, exit statuses, messages. */
class DirectoryCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/directory").toAbsolutePath();
    private static final String FINESS = FIXTURES.resolve("finess-small.csv").toString();
    private static final String MSSANTE = FIXTURES.resolve("mssante-small.txt").toString();
    private static final String RPPS = FIXTURES.resolve("PS_LibreAcces_Personne_activite_202503010400.txt").toString();

    @TempDir
    Path dir;

    private static int run(Object... args) {
        return Main.run(Stream.of(args).map(String::valueOf).toArray(String[]::new));
    }

    @Test
    void writesTheJsonDashboardForTwoDepartments() throws IOException {
        Path out = dir.resolve("dashboard.json");
        int status = run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--department", "93,94",
                "--format", "json", "--output", out, "--quiet");

        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("departments")).extracting(d -> d.get("code").asText()).containsExactly("93", "94");
        assertThat(json.get("structures")).hasSize(6);
    }

    @Test
    void writesCsvAndHtml() throws IOException {
        Path csv = dir.resolve("d.csv");
        Path html = dir.resolve("d.html");
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--categories", "500",
                "--format", "csv", "-o", csv, "-q")).isZero();
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--format", "html", "--lang", "en",
                "-o", html, "-q")).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 3);
        assertThat(Files.readString(html)).contains("<html lang=\"en\">", "By department");
    }

    @Test
    void failOnTurnsFindingsIntoStatusOne() {
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--fail-on", "ERROR", "-q")).isEqualTo(1);
        // The clean EHPAD alone: nothing at ERROR.
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--categories", "202",
                "--fail-on", "WARNING", "-q")).isZero();
    }

    @Test
    void usageAndInputErrorsAreStatusTwo() {
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--format", "pdf", "-q")).isEqualTo(2);
        assertThat(run("directory", "--finess", dir.resolve("absent.csv"), "--mssante", MSSANTE, "-q")).isEqualTo(2);
        assertThat(run("directory", "--finess", FINESS, "-q")).isEqualTo(2); // --mssante missing
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--trust-list", FINESS, "-q"))
                .isEqualTo(2);
    }

    @Test
    void withRppsTheRulesThatNeedProfessionalsAreApplied() throws IOException {
        Path out = dir.resolve("dashboard.json");
        assertThat(run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--rpps", RPPS, "--format", "json",
                "-o", out, "-q")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.at("/rules/applied")).extracting(r -> r.get("ruleId").asText())
                .contains("ELIG-NO-QUALIFIED-PROFESSIONAL", "BAL-PER-WITHOUT-RPPS");
        assertThat(json.at("/inputs/rpps/file").asText()).endsWith("PS_LibreAcces_Personne_activite_202503010400.txt");
        InProcess text = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--rpps", RPPS)
                .assertNoStackTrace();
        assertThat(text.err()).contains("PS_LibreAcces_Personne_activite_202503010400.txt : 1 ligne mal formée ignorée"
                + " (RPPS, ligne 10)");
        assertThat(text.out()).contains("Établissements sans professionnel habilité enregistré au RPPS (3)");
    }

    @Test
    void aWrongRppsFileIsAUsageErrorSayingWhatItLooksLike() {
        InProcess mailboxes = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--rpps", MSSANTE, "-q")
                .assertNoStackTrace();
        assertThat(mailboxes.status()).isEqualTo(2);
        assertThat(mailboxes.err()).contains("mssante-small.txt n'est pas l'extraction RPPS des activités : ce fichier"
                + " ressemble à l'extraction des boîtes MSSanté de l'Annuaire Santé");
        InProcess finess = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--rpps", FINESS, "-q",
                "--lang", "en").assertNoStackTrace();
        assertThat(finess.status()).isEqualTo(2);
        assertThat(finess.err()).contains("finess-small.csv is not the RPPS activity extraction: this file looks like"
                + " the FINESS Etalab extraction");
        InProcess swapped = InProcess.run("directory", "--finess", FINESS, "--mssante", RPPS, "--rpps", MSSANTE, "-q");
        assertThat(swapped.status()).isEqualTo(2);
        assertThat(swapped.err()).contains("--mssante et --rpps semblent inversés");
    }

    @Test
    void anUnknownDepartmentOrCategoryIsAUsageErrorNamingTheNearestKnownOne() {
        InProcess department = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--department",
                "93,96", "-q").assertNoStackTrace();
        assertThat(department.status()).isEqualTo(2);
        assertThat(department.err()).contains("département « 96 » inconnu ; le plus proche est 95 (Val-d'Oise)");
        InProcess corsica = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--department", "20",
                "-q", "--lang", "en");
        assertThat(corsica.err()).contains("unknown department \"20\"; the nearest is 2A (Corse-du-Sud)",
                "Corsica is no longer 20");
        InProcess malformed = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--categories", "50",
                "-q");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("catégorie FINESS « 50 » mal formée", "la plus proche est 500 « EHPAD");
        InProcess unknown = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--categories",
                "500,383", "-q");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("catégorie FINESS « 383 » inconnue", "la plus proche est 382 « Foyer de vie");
    }

    @Test
    void aBrokenReferenceFileIsStatusThree(@TempDir Path tmp) throws IOException {
        Path rules = fr.mssante.advisor.TestPacks.copyOfRules(tmp);
        Files.writeString(rules.resolve("reference/directory.yaml"), "applicableRules: [NO-SUCH-RULE]\n");
        InProcess r = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--rules", rules, "--no-cache",
                "-q").assertNoStackTrace();
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("directory.yaml:1:").contains("NO-SUCH-RULE");
    }

    @Test
    void malformedLinesAreReportedOnStderrWithoutStackTraceAndTheRunSucceeds() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Main.class.getName(), "directory", "--finess", FINESS, "--mssante", MSSANTE));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C");
        Process p = builder.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isZero();
        assertThat(stdout).contains("Équipement MSSanté des ESSMS", "Établissements sans BAL organisationnelle (4)");
        assertThat(stderr).contains("finess-small.csv : 1 ligne mal formée ignorée (FINESS, ligne 5)",
                "mssante-small.txt : 1 ligne mal formée ignorée (Annuaire Santé, ligne 6)")
                .doesNotContain("\tat ", "Exception", "(s)");
    }

    @Test
    void wrongOrSwappedFilesAreStatusTwoSayingWhatTheyLookLike() {
        InProcess swapped = InProcess.run("directory", "--finess", MSSANTE, "--mssante", FINESS, "-q").assertNoStackTrace();
        assertThat(swapped.status()).isEqualTo(2);
        assertThat(swapped.err()).contains("Erreur de saisie : --finess et --mssante semblent inversés");
        InProcess rpps = InProcess.run("directory", "--finess", FINESS, "--mssante",
                Path.of("src/test/resources/extract/rpps/PS_LibreAcces_Personne_activite_202601010000.txt").toAbsolutePath(),
                "--lang", "en", "-q").assertNoStackTrace();
        assertThat(rpps.status()).isEqualTo(2);
        assertThat(rpps.err()).contains("Input error:", "looks like the RPPS activity extraction");
    }

    @Test
    void anUnknownDepartmentOrCategoryIsStatusTwoNamingIt() {
        InProcess department = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--department", "93,96",
                "-q").assertNoStackTrace();
        assertThat(department.status()).isEqualTo(2);
        assertThat(department.err()).contains("département « 96 » inconnu");
        InProcess category = InProcess.run("directory", "--finess", FINESS, "--mssante", MSSANTE, "--categories", "500,999",
                "-q").assertNoStackTrace();
        assertThat(category.status()).isEqualTo(2);
        assertThat(category.err()).contains("catégorie FINESS « 999 » inconnue");
    }

    @Test
    void theJsonFluxIsReadLikeTheCsv() throws IOException {
        Path out = dir.resolve("dashboard.json");
        assertThat(run("directory", "--finess", FIXTURES.resolve("finess-small.json"), "--mssante", MSSANTE, "--format",
                "json", "--output", out, "--quiet")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("structures")).hasSize(8);
        assertThat(json.at("/inputs/finess/publication").asText()).isEqualTo("JSON_FLUX");
        assertThat(json.at("/inputs/finess/closedLeftOut").asInt()).isEqualTo(1);
    }
}
