package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of requests at once (200 in flight, 310 in all) on one shared advisor give exactly the answers the same requests give one
 * by one: audits of every sample in French and English, the catalogue, explanations, a portfolio.
 */
class ConcurrentRequestsTest {

    private static final int ROUNDS = 10;
    private static final int IN_FLIGHT = 200;

    @Test
    void hundredsOfParallelRequestsAnswerAsSequentialOnes() throws IOException {
        ServeConfig.Limits limits = ServeConfig.Limits.defaults().withWorkers(Runtime.getRuntime().availableProcessors(), 1024);
        try (AdvisorServer server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false).withLimits(limits))) {
            Http http = new Http(server);
            List<HttpRequest> requests = requests(http);
            List<String> sequential = requests.stream().map(r -> describe(http.send(r))).toList();

            List<HttpRequest> all = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                all.addAll(requests);
            }
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            // Up to IN_FLIGHT requests at once, each on its own connection (within the connection limit).
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            List<CompletableFuture<String>> parallel = new ArrayList<>();
            for (HttpRequest r : all) {
                inFlight.acquireUninterruptibly();
                parallel.add(client.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                        .thenApply(a -> a.statusCode() + " " + a.body())
                        .whenComplete((a, e) -> inFlight.release()));
            }
            assertThat(all).hasSizeGreaterThanOrEqualTo(300);
            for (int i = 0; i < all.size(); i++) {
                assertThat(parallel.get(i).join()).as("request %d", i).isEqualTo(sequential.get(i % requests.size()));
            }
        }
    }

    private static String describe(Http.Answer answer) {
        return answer.status() + " " + answer.body();
    }

    private static List<HttpRequest> requests(Http http) throws IOException {
        List<HttpRequest> out = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path sample : samples) {
            for (String lang : List.of("fr", "en")) {
                out.add(http.request("/api/v1/audit?asOf=2026-01-15&lang=" + lang)
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofFile(sample)).build());
            }
        }
        out.add(http.request("/api/v1/rules?lang=en").GET().build());
        out.add(http.request("/api/v1/rules/FWD-AUTOMATIC").GET().build());
        out.add(http.request("/api/v1/rules/BAL-ORG-MISSING?lang=en").GET().build());
        String boundary = "b0undary";
        StringBuilder body = new StringBuilder();
        for (Path sample : samples.subList(0, 4)) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f\"; filename=\"")
                    .append(sample.getFileName()).append("\"\r\n\r\n").append(Files.readString(sample)).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        out.add(http.request("/api/v1/audits?asOf=2026-01-15").header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        return out;
    }
}
