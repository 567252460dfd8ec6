package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample sent over real HTTP gives, byte for byte, what the command line writes for it
 * ({@code audit FILE --format json}, and the other formats), {@code source} apart; all of them sent together
 * give what {@code audit} writes for the folder, portfolio findings included.
 */
class SamplesThroughApiTest {

    private static final String AS_OF = "2026-01-15";
    private static AdvisorServer server;
    private static Http http;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false));
        http = new Http(server);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleAnswersTheCommandLinesJson(Path sample) throws IOException {
        String cli = commandLine(tmp, "json", sample.toString());
        Http.Answer answer = http.post("/api/v1/audit?asOf=" + AS_OF, "application/yaml", Files.readAllBytes(sample));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(answer.body()).isEqualTo(cli.replace("\"source\" : \"" + sample + "\"", "\"source\" : \"request\""));
    }

    @Test
    void theOtherFormatsAreTheCommandLinesToo() throws IOException {
        Path sample = Path.of("samples/ehpad-les-charmilles.yaml");
        byte[] yaml = Files.readAllBytes(sample);
        for (String format : List.of("text", "markdown", "html", "junit", "sarif")) {
            String cli = commandLine(tmp, format, sample.toString());
            Http.Answer answer = http.post("/api/v1/audit?format=" + format + "&asOf=" + AS_OF, "text/yaml", yaml);
            assertThat(answer.status()).as(format).isEqualTo(200);
            // SARIF gives an artifact's mimeType from its name's ending: "request" has none.
            String expected = cli.replace(sample.toString(), "request")
                    .replaceAll(",\\R\\s*\"mimeType\" : \"application/yaml\"", "");
            assertThat(answer.body()).as(format).isEqualTo(expected);
        }
        assertThat(http.post("/api/v1/audit?format=html&asOf=" + AS_OF, "text/yaml", yaml).header("Content-Security-Policy"))
                .isEqualTo(Filters.REPORT_CSP).doesNotContain("script");
    }

    @Test
    void englishIsTheCommandLinesEnglish() throws IOException {
        Path sample = Path.of("samples/ssiad-val-de-sevre.yaml");
        String cli = commandLine(tmp, "json", sample.toString(), "--lang", "en");
        String expected = cli.replace("\"source\" : \"" + sample + "\"", "\"source\" : \"request\"");
        assertThat(http.post("/api/v1/audit?lang=en&asOf=" + AS_OF, "application/x-yaml", Files.readAllBytes(sample))
                .body()).isEqualTo(expected);
        assertThat(http.post("/api/v1/audit?asOf=" + AS_OF, "application/yaml", Files.readAllBytes(sample),
                "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5").body()).isEqualTo(expected);
    }

    @Test
    void aJsonBodyIsReadAsJsonWithItsOwnLinesAndColumns() throws IOException {
        Path yaml = Path.of("samples/ehpad-les-charmilles.yaml");
        Path json = tmp.resolve("charmilles.json");
        Object tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(yaml.toFile(), Object.class);
        Files.writeString(json, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        String cli = commandLine(tmp, "json", json.toString());

        Http.Answer answer = http.post("/api/v1/audit?asOf=" + AS_OF, "application/json; charset=UTF-8",
                Files.readAllBytes(json));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(cli.replace("\"source\" : \"" + json + "\"", "\"source\" : \"request\""));
    }

    @Test
    void aFileWithInputErrorsIs422WithTheCommandLinesReport() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), """
                format: mssante-setup/1
                structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD}
                mailboxes:
                  - id: bal-soins
                    adress: "soins@ehpad-test.mssante.fr"
                    type: ORG
                """);
        String cli = commandLine(tmp, "json", broken.toString());
        Http.Answer answer = http.post("/api/v1/audit?asOf=" + AS_OF, "application/yaml", Files.readAllBytes(broken));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo(cli.replace("\"source\" : \"" + broken + "\"", "\"source\" : \"request\""));
        assertThat(answer.json().get("errors")).isNotEmpty();
        assertThat(answer.json().get("errors")).anySatisfy(e -> assertThat(e.get("line").asInt()).isEqualTo(5));
    }

    @Test
    void allSamplesTogetherAnswerTheCommandLinesFolderAudit() throws IOException {
        String cli = commandLine(tmp, "json", "samples");
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>(samples().toList());
        java.util.Collections.reverse(all);
        // Sent in reverse order: the reports come back sorted by source, as the command line sorts them.
        for (Path sample : all) {
            files.put(sample.getFileName().toString(), Files.readAllBytes(sample));
        }
        Http.Answer answer = http.postFiles("/api/v1/audits?asOf=" + AS_OF, files);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(cli.replace("\"samples/", "\""));
        assertThat(answer.json().at("/portfolio/findings")).isNotEmpty();
    }

    /** What {@code audit ARGS --format FORMAT --as-of AS_OF} writes, through the command line itself. */
    static String commandLine(Path tmp, String format, String... args) throws IOException {
        Path out = Files.createTempFile(tmp, "cli", "." + format);
        List<String> line = new ArrayList<>(List.of("audit"));
        line.addAll(List.of(args));
        line.addAll(List.of("--format", format, "--as-of", AS_OF, "--output", out.toString(), "--quiet"));
        int status = Main.run(line.toArray(String[]::new));
        assertThat(status).isBetween(0, 2);
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
