package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit pool is bounded: a burst beyond its workers and queue is answered 503 at once, an audit that
 * takes longer than the time limit is answered 503 when the limit passes, and a stop lets the requests in
 * progress finish; a rule that breaks is reported and counted. A test rule sleeps as long as the structure's name says ({@code slow.drl}); two
 * workers, one waiting place, two seconds per request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoundedWorkTest {

    @TempDir
    static Path tmp;

    private static AdvisorServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Files.createDirectories(pack.resolve("slow"));
        Files.copy(Path.of("src/test/resources/serve/slow.drl"), pack.resolve("slow/slow.drl"));
        Files.copy(Path.of("src/test/resources/broken-rules/consequence-throws.drl"), pack.resolve("slow/throws.drl"));
        ServeConfig.Limits limits = ServeConfig.Limits.defaults().withWorkers(2, 1)
                .withRequestTimeout(Duration.ofSeconds(2));
        server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false).withRules(pack).withLimits(limits));
        http = new Http(server);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static String setup(String name) {
        return """
                format: mssante-setup/1
                structure: {name: "%s", finess: "940033335", category: EHPAD}
                deployment: {deployed: true}
                """.formatted(name);
    }

    @Test
    @Order(0)
    void aRuleThatBreaksIsReportedAndCountedAndTheOtherFindingsKept() {
        Http.Answer answer = http.postYaml("/api/v1/audit", TestPacks.FORWARDING_SETUP);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("ruleFailures")).singleElement()
                .satisfies(f -> assertThat(f.get("ruleId").asText()).isEqualTo("TEST-CONSEQUENCE-THROWS"));
        assertThat(answer.body()).contains("\"FWD-AUTOMATIC\"");
        assertThat(http.get("/metrics").body()).containsPattern("(?m)^advisor_rule_failures_total [1-9]");
    }

    @Test
    @Order(1)
    void aBurstBeyondTheWorkersAndTheQueueIs503AtOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Http.Answer>> answers = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> http.postYaml("/api/v1/audit", setup("Structure lente 700")), clients))
                    .toList();
            List<Http.Answer> all = answers.stream().map(CompletableFuture::join).toList();
            List<Http.Answer> refused = all.stream().filter(a -> a.status() == 503).toList();
            assertThat(all).allSatisfy(a -> assertThat(a.status()).isIn(200, 503));
            assertThat(all.stream().filter(a -> a.status() == 200)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(refused).isNotEmpty().allSatisfy(a -> {
                assertThat(a.json().get("type").asText()).isEqualTo("urn:mssante-advisor:problem:overloaded");
                assertThat(a.header("Retry-After")).isEqualTo("1");
            });
        } finally {
            clients.shutdown();
        }
        assertThat(http.postYaml("/api/v1/audit", setup("EHPAD rapide")).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anAuditLongerThanTheLimitIs503WhenTheLimitPasses() {
        long start = System.nanoTime();
        Http.Answer answer = http.postYaml("/api/v1/audit?lang=en", setup("Structure lente 3000"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:mssante-advisor:problem:timeout");
        assertThat(answer.json().get("detail").asText()).contains("longer than a request may");
        assertThat(millis).isLessThan(2900);   // answered at the limit, not once the audit ended
        assertThat(http.postYaml("/api/v1/audit", setup("EHPAD rapide")).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aStopLetsTheRequestsInProgressFinish() throws Exception {
        Thread.sleep(1200);   // the timed-out audit of the previous test has left its worker
        CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(
                () -> http.postYaml("/api/v1/audit?asOf=2026-01-15", setup("Structure lente 1000")));
        Thread.sleep(300);
        server.close();
        Http.Answer answer = inFlight.get();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/structure/name").asText()).isEqualTo("Structure lente 1000");
        assertThat(catchConnect()).isInstanceOf(ConnectException.class);
    }

    private static Throwable catchConnect() {
        try {
            http.get("/healthz");
            return null;
        } catch (java.io.UncheckedIOException e) {
            return e.getCause();
        }
    }
}
