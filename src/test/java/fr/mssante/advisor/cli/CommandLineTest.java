package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: exit statuses of interfaces.md, JSON shape, languages.
 *
 * <p>{@link Main#run} is called in-process when only the status and files matter; the console
 * writes straight to the file descriptors, so in-process runs use {@code --output} or {@code --quiet}.
 * What the user reads on stdout/stderr is checked in a child JVM started on the test classpath.
 */
class CommandLineTest {

    private static final String AS_OF = "2026-01-15";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A well-equipped EHPAD: no finding at all. */
    static final String CLEAN = """
            format: mssante-setup/1
            structure:
              name: "EHPAD Les Tournesols"
              finess: "940033335"
              category: EHPAD
              usageProtocol: true
              documentIntegration: true
            deployment:
              deployed: true
            professionals:
              - id: p-medco
                firstName: "Agnès"
                lastName: "Perrin"
                profession: MEDECIN
                role: COORDINATION
                rpps: "10001000099"
                registeredBy: ORDER
                card: CPS
            mailboxes:
              - id: bal-soins
                address: "soins@ehpad-tournesols.mssante.fr"
                type: ORG
                operator: "Opérateur Régional"
                responsible: p-medco
                authorizedUsers: [p-medco]
                clients: [DUI]
            """;

    /** Received documents not integrated into the DUI: one WARNING (GOV-NO-DOCUMENT-INTEGRATION), no ERROR. */
    static final String WARNING_ONLY = CLEAN.replace("documentIntegration: true", "documentIntegration: false");

    /** The team mailbox forwards to La Poste: an ERROR (FWD-OUTSIDE-TRUST-SPACE). */
    static final String WITH_ERROR = CLEAN.replace("    clients: [DUI]\n", """
                clients: [DUI]
                forwarding:
                  - to: "ehpad.tournesols@laposte.net"
                    automatic: false
            """);

    /** Line 12 holds an input error (wrong mailbox type). */
    static final String BAD_ENUM = """
            # A SAAD whose mailbox type is not one of PER, ORG, APP, CAB.
            format: mssante-setup/1
            structure:
              name: "SAAD Les Mimosas"
              finess: "910055557"
              category: SAAD
            deployment:
              deployed: false
            mailboxes:
              - id: bal-x
                address: "contact@saad-mimosas.mssante.fr"
                type: NOMINATIVE
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static int run(Object... args) {
        return Main.run(Stream.of(args).map(String::valueOf).toArray(String[]::new));
    }

    /** Runs {@code audit} in-process with the JSON report written to a file, and returns that report. */
    private Audited auditJson(Object... args) throws IOException {
        Path out = dir.resolve("report-" + System.nanoTime() + ".json");
        List<Object> all = new ArrayList<>(List.of("audit", "--as-of", AS_OF, "--format", "json", "--output", out));
        all.addAll(List.of(args));
        int status = run(all.toArray());
        assertThat(out).as("report file").exists();
        return new Audited(status, JSON.readTree(out.toFile()));
    }

    private record Audited(int status, JsonNode json) {
    }

    // ---------------------------------------------------------------- child JVM

    /** Runs the command line in a child JVM, in the test's folder (see {@link ChildJvm}). */
    private ChildJvm.Exec exec(Object... args) throws IOException, InterruptedException {
        return ChildJvm.run(dir, args);
    }

    // ---------------------------------------------------------------- exit statuses

    @Nested
    @DisplayName("exit status 0")
    class StatusZero {

        @Test
        @DisplayName("a clean setup")
        void cleanSetup() throws IOException {
            Audited a = auditJson(write("ehpad.yaml", CLEAN));
            assertThat(a.status()).isZero();
            assertThat(a.json().get("findings")).isEmpty();
            assertThat(a.json().get("eligibility").asText()).isEqualTo("ELIGIBLE");
        }

        @Test
        @DisplayName("a WARNING only, below the default --fail-on ERROR")
        void warningBelowFailOn() throws IOException {
            Audited a = auditJson(write("ehpad.yaml", WARNING_ONLY));
            assertThat(a.json().at("/summary/ERROR").asInt()).isZero();
            assertThat(a.json().at("/summary/WARNING").asInt()).isPositive();
            assertThat(a.status()).isZero();
        }

        @Test
        @DisplayName("an ERROR with --fail-on NEVER")
        void failOnNever() throws IOException {
            Audited a = auditJson("--fail-on", "NEVER", write("ehpad.yaml", WITH_ERROR));
            assertThat(a.json().at("/summary/ERROR").asInt()).isPositive();
            assertThat(a.status()).isZero();
        }
    }

    @Nested
    @DisplayName("exit status 1")
    class StatusOne {

        @Test
        @DisplayName("an ERROR finding")
        void errorFinding() throws IOException {
            Audited a = auditJson(write("ehpad.yaml", WITH_ERROR));
            assertThat(a.status()).isEqualTo(1);
            assertThat(a.json().get("findings")).anySatisfy(f -> {
                assertThat(f.get("ruleId").asText()).isEqualTo("FWD-OUTSIDE-TRUST-SPACE");
                assertThat(f.get("severity").asText()).isEqualTo("ERROR");
                assertThat(f.get("subject").asText()).isEqualTo("bal-soins");
                assertThat(f.get("path").asText()).isEqualTo("mailboxes[0].forwarding[0]");
                assertThat(f.get("line").asInt()).isEqualTo(28);
            });
        }

        @Test
        @DisplayName("a WARNING with --fail-on WARNING")
        void warningAtFailOnWarning() {
            assertThat(run("audit", "-q", "--as-of", AS_OF, "--fail-on", "WARNING",
                    write0("ehpad.yaml", WARNING_ONLY))).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("exit status 2")
    class StatusTwo {

        @Test
        @DisplayName("an input error in one file; the good file of the same run is still audited")
        void inputErrorOthersStillAudited() throws IOException {
            Path folder = dir.resolve("structures");
            write("structures/a-saad.yaml", BAD_ENUM);
            write("structures/b-ehpad.yaml", WITH_ERROR);
            Audited a = auditJson(folder);
            assertThat(a.status()).isEqualTo(2);
            JsonNode reports = a.json().get("reports");
            assertThat(reports).hasSize(2);
            JsonNode bad = reports.get(0);
            assertThat(bad.get("source").asText()).endsWith("a-saad.yaml");
            assertThat(bad.get("findings")).isEmpty();
            assertThat(bad.get("errors")).hasSize(1);
            JsonNode error = bad.get("errors").get(0);
            assertThat(error.get("path").asText()).isEqualTo("mailboxes[0].type");
            assertThat(error.get("line").asInt()).isEqualTo(12);
            assertThat(error.get("column").asInt()).isEqualTo(11);
            assertThat(error.get("message").asText()).contains("NOMINATIVE").contains("PER, ORG, APP, CAB");
            JsonNode good = reports.get(1);
            assertThat(good.get("source").asText()).endsWith("b-ehpad.yaml");
            assertThat(good.get("errors")).isEmpty();
            assertThat(good.get("eligibility").asText()).isEqualTo("ELIGIBLE");
            assertThat(good.get("findings")).extracting(f -> f.get("ruleId").asText())
                    .contains("FWD-OUTSIDE-TRUST-SPACE");
        }

        @Test
        @DisplayName("a missing file")
        void missingFile() throws IOException {
            Audited a = auditJson(dir.resolve("absent.yaml"));
            assertThat(a.status()).isEqualTo(2);
            assertThat(a.json().at("/errors/0/message").asText()).contains("Fichier introuvable");
        }

        @Test
        @DisplayName("an empty file")
        void emptyFile() throws IOException {
            Audited a = auditJson(write("vide.yaml", ""));
            assertThat(a.status()).isEqualTo(2);
            assertThat(a.json().at("/errors/0/message").asText()).contains("vide");
        }

        @Test
        @DisplayName("malformed YAML: the message with file and line reaches the user, no stack trace")
        void malformedYaml() throws Exception {
            write("casse.yaml", """
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                       finess: "940033335"
                    deployment:
                      deployed: true
                    """);
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "casse.yaml").assertNoStackTrace();
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.out() + e.err()).contains("casse.yaml:4:").contains("Syntaxe YAML invalide");
        }

        @Test
        @DisplayName("a bad --as-of")
        void badAsOf() {
            assertThat(run("audit", "-q", "--as-of", "15/01/2026", write0("ehpad.yaml", CLEAN))).isEqualTo(2);
        }

        @Test
        @DisplayName("a bad --lang")
        void badLang() {
            assertThat(run("audit", "-q", "--lang", "de", write0("ehpad.yaml", CLEAN))).isEqualTo(2);
        }

        @Test
        @DisplayName("a bad --format")
        void badFormat() {
            assertThat(run("audit", "-q", "--format", "pdf", write0("ehpad.yaml", CLEAN))).isEqualTo(2);
        }

        @Test
        @DisplayName("a bad --fail-on")
        void badFailOn() {
            assertThat(run("audit", "-q", "--fail-on", "SOMETIMES", write0("ehpad.yaml", CLEAN))).isEqualTo(2);
        }

        @Test
        @DisplayName("an unknown option: a usage message on stderr, no stack trace")
        void unknownOption() throws Exception {
            ChildJvm.Exec e = exec("audit", "--bogus", write("ehpad.yaml", CLEAN)).assertNoStackTrace();
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.err()).contains("--bogus").contains("--help");
        }

        @Test
        @DisplayName("audit with no file")
        void noFile() {
            assertThat(run("audit")).isEqualTo(2);
        }

        @Test
        @DisplayName("a setup that crashed the loader is an input error and the other file is still audited")
        void loaderCrashIsAnInputError() throws Exception {
            write("a.yaml", CLEAN.replace("  - id: p-medco\n", "  - firstName: \"X\"\n  - id: p-medco\n")
                    .replace("responsible: p-medco", "responsible: p-medcco"));
            write("b.yaml", CLEAN);
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "a.yaml", "b.yaml").assertNoStackTrace();
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.out()).contains("p-medcco").contains("EHPAD Les Tournesols");
        }
    }

    @Nested
    @DisplayName("exit status 3")
    class StatusThree {

        @Test
        @DisplayName("--rules with a DRL that does not compile: the file and line are named, no stack trace")
        void brokenRulePack() throws Exception {
            Path rules = dir.resolve("rules");
            copyTree(Path.of("rules"), rules);
            Path drl = rules.resolve("forwarding/forwarding.drl");
            Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8)
                    + "\nrule \"cassée\"\nwhen\n    this is not DRL ((\nthen\nend\n", StandardCharsets.UTF_8);
            write("ehpad.yaml", CLEAN);
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "--rules", rules, "ehpad.yaml").assertNoStackTrace();
            assertThat(e.status()).isEqualTo(3);
            assertThat(e.err()).containsPattern("forwarding\\.drl:\\d+");
        }
    }

    // ---------------------------------------------------------------- official whitelist, waivers, portfolio text

    @Nested
    @DisplayName("--trust-list, --show-waived / --hide-waived, several files in text")
    class TrustListAndWaivers {

        private static final Path WHITELIST = Path.of("../shared/data/listeblanchemssante-2025-03-13.xml");

        @Test
        @DisplayName("with the official whitelist, a domain it does not name is outside the trust space, and the report says which list")
        void officialWhitelist() throws IOException {
            assumeTrue(Files.isRegularFile(WHITELIST), "official whitelist not available beside the project");
            Path clean = write("ehpad.yaml", CLEAN);
            Audited suffixRule = auditJson(clean);
            assertThat(suffixRule.status()).isZero();
            assertThat(suffixRule.json().has("trustList")).isFalse();

            Audited official = auditJson("--trust-list", WHITELIST.toAbsolutePath(), clean);
            assertThat(official.status()).isEqualTo(1);
            assertThat(official.json().at("/trustList/generatedAt").asText()).isEqualTo("2025-03-13T14:54:10Z");
            assertThat(official.json().at("/trustList/domains").asInt()).isGreaterThan(4000);
            assertThat(official.json().get("findings")).extracting(f -> f.get("ruleId").asText())
                    .contains("BAL-OUTSIDE-TRUST-SPACE");
        }

        @Test
        @DisplayName("a whitelist that cannot be read is a usage error (exit 2) naming the file")
        void unreadableWhitelist() throws Exception {
            write("ehpad.yaml", CLEAN);
            write("liste.xml", "<html><body>page d'erreur</body></html>");
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "--trust-list", "liste.xml", "ehpad.yaml").assertNoStackTrace();
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.err()).contains("liste.xml").contains("ListeBlancheMSSante");
        }

        @Test
        @DisplayName("accepted findings are listed with their reason by default, only counted with --hide-waived")
        void waivedFindingsInText() throws IOException {
            Path sample = Path.of("samples/saad-les-aubepines.yaml").toAbsolutePath();
            Path shown = dir.resolve("shown.txt");
            Path hidden = dir.resolve("hidden.txt");
            assertThat(run("audit", "--as-of", AS_OF, "--output", shown, "--show-waived", sample)).isEqualTo(1);
            assertThat(run("audit", "--as-of", AS_OF, "--output", hidden, "--hide-waived", sample)).isEqualTo(1);
            assertThat(Files.readString(shown)).contains("CONSTATS ACCEPTÉS").contains("GOV-NO-USAGE-PROTOCOL")
                    .contains("validation prévue au CVS de juin");
            assertThat(Files.readString(hidden)).doesNotContain("validation prévue au CVS de juin")
                    .contains("1 constat accepté non affiché");
            assertThat(run("audit", "--show-waived", "--hide-waived", sample)).isEqualTo(2);
        }

        @Test
        @DisplayName("several files in text end with the portfolio findings and one line per structure")
        void portfolioText() throws IOException {
            Path out = dir.resolve("all.txt");
            run("audit", "--as-of", AS_OF, "--output", out, Path.of("samples").toAbsolutePath());
            String text = Files.readString(out);
            assertThat(text).contains("CONSTATS SUR L'ENSEMBLE DES STRUCTURES").contains("PORT-APP-PER-ESTABLISHMENT");
            String summary = text.substring(text.indexOf("RÉSUMÉ PAR STRUCTURE"));
            assertThat(summary.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(14);
            assertThat(summary).contains("SSIAD du Val de Sèvre : ").containsPattern("\\d+ erreurs?,");
            assertThat(text.indexOf("RÉSUMÉ PAR STRUCTURE")).isGreaterThan(text.indexOf("PORT-APP-PER-ESTABLISHMENT"));
        }
    }

    @Nested
    @DisplayName("--format junit read by a real JUnit XML reader (Maven Surefire's)")
    class JunitReader {

        @Test
        @DisplayName("one suite per file and the portfolio; failures are the findings at or above --fail-on")
        void surefireReadsTheReport() throws Exception {
            Path samples = Path.of("samples").toAbsolutePath();
            Path errors = dir.resolve("errors.xml");
            Path warnings = dir.resolve("warnings.xml");
            assertThat(run("audit", "--as-of", AS_OF, "--format", "junit", "--output", errors, samples)).isEqualTo(1);
            assertThat(run("audit", "--as-of", AS_OF, "--format", "junit", "--fail-on", "WARNING", "--output", warnings,
                    samples)).isEqualTo(1);
            var reader = new org.apache.maven.plugins.surefire.report.TestSuiteXmlParser(
                    new org.apache.maven.plugin.surefire.log.api.NullConsoleLogger());
            var suites = reader.parse(errors.toString());
            assertThat(reader.isValid()).isTrue();
            // Surefire regroups test cases by class name: here, by rule id ("audit" holds the verdicts).
            var cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
            assertThat(cases.stream().filter(c -> c.getFullClassName().equals("audit")).count()).isEqualTo(14);
            assertThat(cases.stream().filter(c -> c.getFullClassName().equals("PORT-APP-PER-ESTABLISHMENT")))
                    .isNotEmpty();
            var failing = cases.stream().filter(c -> c.hasFailure()).toList();
            assertThat(failing).isNotEmpty().allSatisfy(c -> {
                assertThat(c.getFailureType()).isEqualTo("ERROR");
                assertThat(c.getFullClassName()).matches("[A-Z]+(-[A-Z]+)+");
                assertThat(c.getFailureMessage()).isNotBlank();
            });
            long failingAtWarning = new org.apache.maven.plugins.surefire.report.TestSuiteXmlParser(
                    new org.apache.maven.plugin.surefire.log.api.NullConsoleLogger()).parse(warnings.toString()).stream()
                    .flatMap(s -> s.getTestCases().stream()).filter(c -> c.hasFailure()).count();
            assertThat(failingAtWarning).isGreaterThan(failing.size());
        }
    }

    // ---------------------------------------------------------------- JSON shape

    @Nested
    @DisplayName("JSON report")
    class JsonReport {

        @Test
        @DisplayName("one file gives a bare report object")
        void oneFileBareReport() throws IOException {
            Path file = write("ehpad.yaml", CLEAN);
            JsonNode report = auditJson(file).json();
            assertThat(report.isObject()).isTrue();
            assertThat(report.has("reports")).isFalse();
            List<String> keys = new ArrayList<>();
            report.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).contains("source", "asOf", "structure", "eligibility", "summary", "findings", "errors");
            assertThat(report.get("source").asText()).isEqualTo(file.toString());
            assertThat(report.get("asOf").asText()).isEqualTo(AS_OF);
            assertThat(report.at("/structure/name").asText()).isEqualTo("EHPAD Les Tournesols");
            assertThat(report.at("/structure/finess").asText()).isEqualTo("940033335");
            assertThat(report.get("summary").has("waived")).isTrue();
        }

        @Test
        @DisplayName("a folder gives reports sorted by source and the portfolio findings")
        void folderGivesReportsAndPortfolio() throws IOException {
            write("portefeuille/c.yaml", CLEAN);
            write("portefeuille/a.yaml", WITH_ERROR);
            write("portefeuille/sous-dossier/b.yml", WARNING_ONLY);
            write("portefeuille/notes.txt", "pas une configuration");
            JsonNode root = auditJson(dir.resolve("portefeuille")).json();
            assertThat(root.get("reports")).hasSize(3);
            List<String> sources = new ArrayList<>();
            root.get("reports").forEach(r -> sources.add(r.get("source").asText()));
            assertThat(sources).isSorted();
            assertThat(root.at("/portfolio/findings").isArray()).isTrue();
        }

        @Test
        @DisplayName("several files named give the reports form too")
        void severalFiles() throws IOException {
            JsonNode root = auditJson(write("z.yaml", CLEAN), write("y.yaml", WARNING_ONLY)).json();
            assertThat(root.get("reports")).extracting(r -> Path.of(r.get("source").asText()).getFileName()
                    .toString()).containsExactly("y.yaml", "z.yaml");
            assertThat(root.has("portfolio")).isTrue();
        }

        @Test
        @DisplayName("a file reached twice (named twice, under another path, or inside a named folder) is one structure")
        void fileNamedTwiceIsAuditedOnce() throws Exception {
            Path a = write("groupe/a.yaml", appOnDui("EHPAD A", "LogicielDUI"));
            JsonNode root = auditJson(a, dir.resolve("groupe/../groupe/a.yaml"), dir.resolve("groupe")).json();
            assertThat(root.get("reports")).hasSize(1);
            assertThat(root.at("/portfolio/findings")).isEmpty();
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "groupe/a.yaml", "groupe").assertNoStackTrace();
            assertThat(e.err()).contains("1 fichier désigné plusieurs fois");
        }

        @Test
        @DisplayName("PORT-APP-PER-ESTABLISHMENT: one finding per legal entity naming every shared DUI")
        void portfolioFindingNamesEveryDuiGroup() throws IOException {
            write("groupe/a.yaml", appOnDui("EHPAD A", "LogicielDUI"));
            write("groupe/b.yaml", appOnDui("EHPAD B", "LogicielDUI"));
            write("groupe/c.yaml", appOnDui("EHPAD C", "Autre DUI"));
            write("groupe/d.yaml", appOnDui("EHPAD D", "Autre DUI"));
            write("groupe/e.yaml", appOnDui("EHPAD E", "DUI isolé"));
            JsonNode findings = auditJson("--lang", "en", dir.resolve("groupe")).json().at("/portfolio/findings");
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.get("subject").asText()).isEqualTo("830200523");
                assertThat(f.get("message").asText())
                        .contains("Autre DUI (EHPAD C, EHPAD D); LogicielDUI (EHPAD A, EHPAD B)")
                        .doesNotContain("EHPAD E");
            });
        }

        /** A structure of legal entity 830200523 with an active APP mailbox connected to {@code dui}. */
        private String appOnDui(String name, String dui) {
            return CLEAN.replace("name: \"EHPAD Les Tournesols\"", "name: \"" + name + "\"\n  legalEntityFiness: \"830200523\"\n  dui: {name: \"" + dui + "\"}")
                    + """
                      - id: bal-app
                        address: "dui@ehpad-tournesols.mssante.fr"
                        type: APP
                        operator: "Opérateur Régional"
                        responsible: p-medco
                        clients: [DUI]
                    """;
        }
    }

    // ---------------------------------------------------------------- languages and text

    @Nested
    @DisplayName("languages")
    class Languages {

        @Test
        @DisplayName("--lang en gives English titles")
        void english() throws IOException {
            Path out = dir.resolve("report.txt");
            run("audit", "--as-of", AS_OF, "--lang", "en", "--output", out, write("ehpad.yaml", WITH_ERROR));
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(text).contains("Eligibility: ELIGIBLE").contains("Forwarding to a non-MSSanté address")
                    .doesNotContain("Éligibilité").doesNotContain("Transfert vers une adresse hors MSSanté");
        }

        @Test
        @DisplayName("--lang en in JSON: finding titles in English")
        void englishJson() throws IOException {
            JsonNode report = auditJson("--lang", "en", write("ehpad.yaml", WITH_ERROR)).json();
            assertThat(report.get("findings")).extracting(f -> f.get("title").asText())
                    .contains("Forwarding to a non-MSSanté address");
        }

        @Test
        @DisplayName("the default text report is French, with accents (file)")
        void frenchByDefault() throws IOException {
            Path out = dir.resolve("rapport.txt");
            run("audit", "--as-of", AS_OF, "--output", out, write("ehpad.yaml", WITH_ERROR));
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Éligibilité : ÉLIGIBLE")
                    .contains("Transfert vers une adresse hors MSSanté");
        }

        @Test
        @DisplayName("the default text report on stdout is French UTF-8 even under locale C, and names input errors")
        void frenchOnStdout() throws Exception {
            write("a-saad.yaml", BAD_ENUM);
            write("b-ehpad.yaml", CLEAN);
            ChildJvm.Exec e = exec("audit", "--as-of", AS_OF, "a-saad.yaml", "b-ehpad.yaml").assertNoStackTrace();
            assertThat(e.status()).isEqualTo(2);
            assertThat(e.out()).contains("Éligibilité : ÉLIGIBLE").contains("EHPAD Les Tournesols")
                    .contains("a-saad.yaml:12:11").contains("« NOMINATIVE »");
        }

        @Test
        @DisplayName("the help and a usage error keep their accents under locale C")
        void helpInUtf8() throws Exception {
            ChildJvm.Exec help = exec("--help").assertNoStackTrace();
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Conseiller de conformité MSSanté", "médico-sociales");
            ChildJvm.Exec missing = exec().assertNoStackTrace();
            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).startsWith("Erreur d'utilisation / usage error: commande manquante")
                    .contains("Conseiller de conformité MSSanté");
        }
    }

    @Test
    @DisplayName("schema prints the JSON Schema with the mailbox types PER, ORG, APP, CAB")
    void schema() throws IOException {
        Path out = dir.resolve("schema.json");
        assertThat(run("schema", "--output", out)).isZero();
        JsonNode schema = JSON.readTree(out.toFile());
        assertThat(schema.get("$schema").asText()).contains("json-schema.org");
        assertThat(schema.at("/$defs/mailbox/properties/type/enum"))
                .extracting(JsonNode::asText).containsExactly("PER", "ORG", "APP", "CAB");
    }

    // ---------------------------------------------------------------- helpers

    /** {@link #write} for lambdas and one-liners that cannot throw. */
    private Path write0(String name, String text) {
        try {
            return write(name, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
