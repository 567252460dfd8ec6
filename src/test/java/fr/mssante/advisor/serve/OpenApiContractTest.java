package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.mssante.advisor.api.Report;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server cannot drift: the document is valid OpenAPI 3.1 (read by the
 * reference parser); its paths, methods and status codes are exactly those of {@link Routes}; and for every
 * route and every status it documents, a real answer is produced here and checked against the document
 * (media type, headers, body against the schema).
 */
class OpenApiContractTest {

    private static final String TOKEN = "contract-token-0123456789";
    private static AdvisorServer server;
    private static AdvisorServer hurried;
    private static JsonNode doc;
    private static final Map<String, Set<Integer>> OBSERVED = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        ServeConfig.Limits limits = ServeConfig.Limits.defaults().withMaxFileBytes(4096).withMaxFiles(2);
        server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false).withToken(TOKEN).withLimits(limits));
        // Every audit of this one takes longer than its time limit: its 503 is the documented one.
        hurried = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false)
                .withLimits(limits.withRequestTimeout(Duration.ofNanos(1))));
        doc = new Http(server).get("/api/v1/openapi.json", "Authorization", "Bearer " + TOKEN).json();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        hurried.close();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(doc.toString(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(doc.at("/components/parameters/format/schema/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Report.formats());
    }

    @Test
    void itsPathsMethodsAndStatusesAreTheRoutes() {
        Map<String, Set<Integer>> documented = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<Integer> codes = new TreeSet<>();
            op.getValue().get("responses").fieldNames().forEachRemaining(c -> codes.add(Integer.parseInt(c)));
            documented.put(op.getKey().toUpperCase() + " " + path.getKey(), codes);
        }));
        Map<String, Set<Integer>> routes = new TreeMap<>();
        server.routes().forEach(r -> routes.put(r.method().name() + " " + r.path(), new TreeSet<>(r.statuses())));
        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void everyDocumentedAnswerIsProducedAndMatchesItsSchema() throws Exception {
        Http http = new Http(server);
        Http slow = new Http(hurried);
        String sample = Files.readString(Path.of("samples/ehpad-les-charmilles.yaml"));
        String broken = "format: mssante-setup/1\nstructure: {name: X, finess: \"940033335\", category: EHPAD}\nmailboxs: []\n";
        String big = sample + "#" + "x".repeat(5000) + "\n";
        String[] auth = {"Authorization", "Bearer " + TOKEN};

        String audit = "POST /api/v1/audit";
        check(audit, 200, http.postYaml("/api/v1/audit", sample, auth));
        check(audit, 200, http.postYaml("/api/v1/audit?format=text", sample, auth));
        check(audit, 200, http.postYaml("/api/v1/audit?format=html&lang=en", sample, auth));
        check(audit, 200, http.postYaml("/api/v1/audit?format=sarif", sample, auth));
        check(audit, 400, http.postYaml("/api/v1/audit?asOf=demain", sample, auth));
        check(audit, 401, http.postYaml("/api/v1/audit", sample));
        check(audit, 413, http.postYaml("/api/v1/audit", big, auth));
        check(audit, 415, http.post("/api/v1/audit", "text/plain", sample.getBytes(), auth));
        check(audit, 422, http.postYaml("/api/v1/audit", broken, auth));
        check(audit, 503, slow.postYaml("/api/v1/audit", sample));

        String audits = "POST /api/v1/audits";
        check(audits, 200, http.postFiles("/api/v1/audits", Http.files("a.yaml", sample, "b.yaml", broken), auth));
        check(audits, 400, http.postFiles("/api/v1/audits", Map.of(), auth));
        check(audits, 401, http.postFiles("/api/v1/audits", Http.files("a.yaml", sample)));
        check(audits, 413, http.postFiles("/api/v1/audits", Http.files("a", sample, "b", sample, "c", sample), auth));
        check(audits, 415, http.postYaml("/api/v1/audits", sample, auth));
        check(audits, 503, slow.postFiles("/api/v1/audits", Http.files("a.yaml", sample)));

        for (String path : List.of("/api/v1/rules", "/api/v1/rules/{id}", "/api/v1/schema", "/api/v1/openapi.json")) {
            String real = path.replace("{id}", "fwd-automatic");
            check("GET " + path, 200, http.get(real + (path.contains("openapi") || path.contains("schema") ? "" : "?lang=en"),
                    auth));
            check("GET " + path, 400, http.get(real + "?unknown=1", auth));
            check("GET " + path, 401, http.get(real));
        }
        check("GET /api/v1/rules/{id}", 404, http.get("/api/v1/rules/NO-SUCH-RULE", auth));
        // What the page asks for: the service's capabilities and the samples to start a file from.
        for (String path : List.of("/api/v1/info", "/api/v1/samples", "/api/v1/samples/{name}")) {
            String real = path.replace("{name}", "ehpad-clean.yaml");
            check("GET " + path, 200, http.get(real, auth));
            check("GET " + path, 400, http.get(real + "?unknown=1", auth));
            check("GET " + path, 401, http.get(real));
        }
        check("GET /api/v1/samples/{name}", 404, http.get("/api/v1/samples/nope.yaml", auth));
        check("GET /healthz", 200, http.get("/healthz"));
        check("GET /healthz", 503, whileStarting());
        check("GET /metrics", 200, http.get("/metrics"));

        Map<String, Set<Integer>> documented = new TreeMap<>();
        server.routes().forEach(r -> documented.put(r.method().name() + " " + r.path(), new TreeSet<>(r.statuses())));
        assertThat(OBSERVED).isEqualTo(documented);

        // Any address: 404 and 405 as described.
        checkAgainst(doc.at("/components/responses/NotFound"), http.get("/api/v1/nowhere", auth));
        checkAgainst(doc.at("/components/responses/MethodNotAllowed"), http.get("/api/v1/audits", auth));
    }

    @Test
    void theSchemasRefuseWhatDoesNotMatch() {
        JsonNode report = Http.JSON.createObjectNode().put("$ref", "#/components/schemas/Report");
        assertThat(validate(report, Http.JSON.createObjectNode().put("source", "request"))).isNotEmpty();
        JsonNode problem = Http.JSON.createObjectNode().put("$ref", "#/components/schemas/Problem");
        assertThat(validate(problem, Http.JSON.createObjectNode().put("type", "about:blank").put("title", "x")
                .put("status", 200).put("detail", "x").put("lang", "fr"))).hasSize(2);
    }

    /** {@code /healthz} while a server compiles its {@code --rules} folder: listening, not ready yet. */
    private static Http.Answer whileStarting() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path pack = fr.mssante.advisor.TestPacks.copyOfRules(Files.createTempDirectory("contract"));
        ServeConfig config = new ServeConfig("127.0.0.1", port, pack, null, null, fr.mssante.advisor.i18n.Lang.FR,
                ServeConfig.Limits.defaults(), false);
        CompletableFuture<AdvisorServer> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return AdvisorServer.start(config);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest health = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/healthz")).build();
        Http.Answer answer = null;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answer == null && System.nanoTime() < end && !starting.isDone()) {
            try {
                var r = client.send(health, java.net.http.HttpResponse.BodyHandlers.ofString());
                answer = new Http.Answer(r.statusCode(), r);
            } catch (java.net.ConnectException notYet) {
                Thread.sleep(20);
            }
        }
        try (AdvisorServer started = starting.get()) {
            assertThat(new Http(started).get("/healthz").status()).isEqualTo(200);
        }
        assertThat(answer).as("an answer while the rules loaded").isNotNull();
        return answer;
    }

    private static void check(String route, int status, Http.Answer answer) {
        assertThat(answer.status()).as("%s: %s", route, answer.body()).isEqualTo(status);
        String[] parts = route.split(" ", 2);
        JsonNode response = doc.get("paths").get(parts[1]).get(parts[0].toLowerCase()).get("responses")
                .get(Integer.toString(status));
        checkAgainst(response, answer);
        OBSERVED.computeIfAbsent(route, k -> new TreeSet<>()).add(status);
    }

    /** The answer against one documented response: its media type, its headers, its body's schema. */
    private static void checkAgainst(JsonNode response, Http.Answer answer) {
        if (response.has("$ref")) {
            response = doc.at(response.get("$ref").asText().substring(1));
        }
        String type = MediaTypes.essence(answer.header("Content-Type"));
        JsonNode content = response.path("content").get(type);
        assertThat(content).as("media type %s documented in %s", type, response).isNotNull();
        for (Iterator<String> h = response.path("headers").fieldNames(); h.hasNext(); ) {
            String header = h.next();
            assertThat(answer.header(header)).as("header %s", header).isNotNull();
        }
        if (type.endsWith("json")) {
            List<String> errors = validate(content.get("schema"), answer.json());
            assertThat(errors).as("%s against %s", answer.body(), content.get("schema")).isEmpty();
        }
    }

    private static List<String> validate(JsonNode schema, JsonNode body) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", doc.get("components"));
        Set<ValidationMessage> messages = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(root).validate(body);
        return new ArrayList<>(messages.stream().map((Function<ValidationMessage, String>) ValidationMessage::getMessage)
                .toList());
    }
}
