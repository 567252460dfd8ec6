package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the service is one RFC 9457 problem, in French by default and in English with
 * {@code lang=en} or {@code Accept-Language: en}, with the security headers: 400, 401, 404, 405, 413, 415,
 * 431. Limits are small here (4 KiB a file, 2 files an upload) so that crossing them is quick.
 */
class ProblemsTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String SAMPLE = read("samples/ehpad-clean.yaml");
    private static AdvisorServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        ServeConfig.Limits limits = ServeConfig.Limits.defaults().withMaxFileBytes(4096).withMaxFiles(2);
        server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false).withToken(TOKEN).withLimits(limits));
        http = new Http(server);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] auth(String... more) {
        String[] h = new String[more.length + 2];
        h[0] = "Authorization";
        h[1] = "Bearer " + TOKEN;
        System.arraycopy(more, 0, h, 2, more.length);
        return h;
    }

    /** A problem answer: its status, media type, members, language and the security headers. */
    private static JsonNode problem(Http.Answer answer, int status, String slug, String lang) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json;charset=utf-8");
        assertThat(answer.header("Content-Language")).isEqualTo(lang);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        JsonNode p = answer.json();
        assertThat(p.get("type").asText()).isEqualTo("urn:mssante-advisor:problem:" + slug);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(p.get("lang").asText()).isEqualTo(lang);
        return p;
    }

    @Test
    void withoutTheTokenTheApiIs401AndTheHealthCheckIsOpen() {
        JsonNode fr = problem(http.postYaml("/api/v1/audit", SAMPLE), 401, "unauthorized", "fr");
        assertThat(fr.get("title").asText()).isEqualTo("Authentification requise");
        assertThat(fr.get("detail").asText()).contains("Authorization: Bearer");
        Http.Answer wrong = http.get("/api/v1/rules", "Authorization", "Bearer " + TOKEN + "x");
        problem(wrong, 401, "unauthorized", "fr");
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
        JsonNode en = problem(http.get("/api/v1/rules?lang=en", "Authorization", "Basic " + TOKEN), 401,
                "unauthorized", "en");
        assertThat(en.get("title").asText()).isEqualTo("Authentication required");

        assertThat(http.get("/healthz").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/rules", auth()).status()).isEqualTo(200);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        JsonNode unknown = problem(http.postYaml("/api/v1/audit?as_of=2026-01-15", SAMPLE, auth()), 400,
                "unknown-parameter", "fr");
        assertThat(unknown.get("parameter").asText()).isEqualTo("as_of");
        assertThat(unknown.get("suggestion").asText()).isEqualTo("asOf");
        assertThat(unknown.get("detail").asText()).contains("vouliez-vous dire « asOf »");

        JsonNode date = problem(http.postYaml("/api/v1/audit?asOf=15/01/2026", SAMPLE, auth()), 400, "bad-parameter", "fr");
        assertThat(date.get("detail").asText()).contains("AAAA-MM-JJ");
        JsonNode dateEn = problem(http.postYaml("/api/v1/audit?asOf=15/01/2026&lang=en", SAMPLE, auth()), 400,
                "bad-parameter", "en");
        assertThat(dateEn.get("detail").asText()).contains("YYYY-MM-DD");
        problem(http.postYaml("/api/v1/audit?lang=de", SAMPLE, auth()), 400, "bad-parameter", "fr");
        JsonNode format = problem(http.postYaml("/api/v1/audit?format=pdf", SAMPLE, auth()), 400, "bad-parameter", "fr");
        assertThat(format.get("detail").asText()).contains("json", "html", "markdown");
        problem(http.postYaml("/api/v1/audit?lang=fr&lang=en", SAMPLE, auth()), 400, "bad-parameter", "fr");
        problem(http.get("/api/v1/rules?langue=en", auth()), 400, "unknown-parameter", "fr");
        problem(http.get("/api/v1/schema?x=1", auth()), 400, "unknown-parameter", "fr");
        assertThat(http.raw("GET /api/v1/rules?lang=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
                .contains("urn:mssante-advisor:problem:bad-parameter", "mal encodés");
    }

    @Test
    void unknownAddressesRulesAndMethods() {
        JsonNode nothing = problem(http.get("/api/v1/nothing", auth("Accept-Language", "en-US,en;q=0.8")), 404,
                "not-found", "en");
        assertThat(nothing.get("detail").asText()).contains("/api/v1/openapi.json");
        problem(http.get("/nothing.html"), 404, "not-found", "fr");

        JsonNode rule = problem(http.get("/api/v1/rules/FWD-AUTOMATC", auth()), 404, "unknown-rule", "fr");
        assertThat(rule.get("suggestion").asText()).isEqualTo("FWD-AUTOMATIC");
        assertThat(rule.get("detail").asText()).contains("Vouliez-vous dire FWD-AUTOMATIC ?");

        Http.Answer get = http.get("/api/v1/audit", auth());
        JsonNode method = problem(get, 405, "method-not-allowed", "fr");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(method.get("detail").asText()).contains("GET", "POST");
        Http.Answer delete = http.send(http.request("/api/v1/rules").DELETE().header("Authorization", "Bearer " + TOKEN)
                .build());
        problem(delete, 405, "method-not-allowed", "fr");
    }

    @Test
    void contentTypesOtherThanASetupFileAre415() {
        JsonNode none = problem(http.post("/api/v1/audit", null, SAMPLE.getBytes(StandardCharsets.UTF_8), auth()), 415,
                "unsupported-media-type", "fr");
        assertThat(none.get("accepted")).hasSize(4);
        problem(http.post("/api/v1/audit", "text/plain", SAMPLE.getBytes(StandardCharsets.UTF_8), auth()), 415,
                "unsupported-media-type", "fr");
        JsonNode latin1 = problem(http.post("/api/v1/audit", "application/yaml; charset=ISO-8859-1",
                SAMPLE.getBytes(StandardCharsets.UTF_8), auth()), 415, "unsupported-media-type", "fr");
        assertThat(latin1.get("detail").asText()).contains("UTF-8");
        JsonNode multipart = problem(http.postFiles("/api/v1/audit", Http.files("a.yaml", SAMPLE), auth()), 415,
                "unsupported-media-type", "fr");
        assertThat(multipart.get("detail").asText()).contains("/api/v1/audits");
        problem(http.postYaml("/api/v1/audits", SAMPLE, auth()), 415, "unsupported-media-type", "fr");
    }

    @Test
    void sizesAndCountsOverTheLimitsAre413() {
        String big = SAMPLE + "#" + "x".repeat(5000) + "\n";
        JsonNode body = problem(http.postYaml("/api/v1/audit", big, auth()), 413, "too-large", "fr");
        assertThat(body.get("limit").asLong()).isEqualTo(4096);
        assertThat(body.get("detail").asText()).contains("4 Kio");
        JsonNode bodyEn = problem(http.postYaml("/api/v1/audit?lang=en", big, auth()), 413, "too-large", "en");
        assertThat(bodyEn.get("detail").asText()).contains("4 KiB");

        JsonNode oneFile = problem(http.postFiles("/api/v1/audits", Http.files("a.yaml", SAMPLE, "gros.yaml", big),
                auth()), 413, "too-large", "fr");
        assertThat(oneFile.get("detail").asText()).contains("« gros.yaml »");
        JsonNode count = problem(http.postFiles("/api/v1/audits",
                Http.files("a.yaml", SAMPLE, "b.yaml", SAMPLE, "c.yaml", SAMPLE), auth()), 413, "too-many-files", "fr");
        assertThat(count.get("limit").asInt()).isEqualTo(2);
    }

    @Test
    void uploadsThatAreNotFilesAre400() {
        problem(http.postFiles("/api/v1/audits", Map.of(), auth()), 400, "bad-multipart", "fr");
        byte[] field = ("--b\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode notAFile = problem(http.post("/api/v1/audits", "multipart/form-data; boundary=b", field, auth()), 400,
                "bad-multipart", "fr");
        assertThat(notAFile.get("detail").asText()).contains("« lang »", "?lang=en");
        problem(http.post("/api/v1/audits", "multipart/form-data", field, auth()), 400, "bad-multipart", "fr");
        problem(http.post("/api/v1/audits", "multipart/form-data; boundary=zzz", field, auth()), 400, "bad-multipart",
                "fr");
    }

    @Test
    void twoFilesOfOneNameAreBothAudited() {
        Http.Answer answer = http.postFiles("/api/v1/audits?asOf=2026-01-15",
                Http.files("C:\\Users\\jdupont\\ehpad.yaml", SAMPLE, "ehpad.yaml", SAMPLE), auth());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("reports")).extracting(r -> r.get("source").asText())
                .containsExactly("ehpad.yaml", "ehpad.yaml (2)");
    }

    @Test
    void headersTooLargeAre431AsAProblem() {
        String answer = http.raw("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431").contains("application/problem+json", "nosniff",
                "urn:mssante-advisor:problem:headers-too-large", "\"status\" : 431");
    }

    @Test
    void thePageAndTheApiCarryTheSecurityHeaders() {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\"", "Conseiller de conformité MSSanté").doesNotContain("<script>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(http.get("/style.css").header("Content-Type")).startsWith("text/css");
        Http.Answer api = http.get("/api/v1/rules", auth());
        assertThat(api.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.header("Server")).isNull();
    }
}
