package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} in Prometheus text: requests by route template and status with a latency histogram,
 * setups audited and refused, rule failures, pack reloads, the audit pool and the JVM; a scan of random
 * addresses shows as one {@code unmatched} route, and nothing a client sent appears.
 */
class MetricsTest {

    @Test
    void theServiceCountsWhatItDoesWithoutWhatItReceived() throws IOException {
        try (AdvisorServer server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false))) {
            Http http = new Http(server);
            String sample = Files.readString(Path.of("samples/ehpad-les-charmilles.yaml"));
            http.postYaml("/api/v1/audit?asOf=2026-01-15", sample);
            http.postYaml("/api/v1/audit", "format: mssante-setup/1\nstructure: {}\n");
            http.postFiles("/api/v1/audits", Http.files("a.yaml", sample, "b.yaml", sample));
            http.get("/api/v1/rules/FWD-AUTOMATIC");
            http.get("/api/v1/rules/PAS-UNE-REGLE");
            for (int i = 0; i < 5; i++) {
                http.get("/scan/" + i + "/EHPAD-Les-Charmilles");
            }
            Http.Answer metrics = http.get("/metrics");

            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.header("Content-Type")).startsWith("text/plain; version=0.0.4");
            assertThat(metrics.body())
                    .contains("advisor_audits_total 3.0", "advisor_input_errors_total 1.0", "advisor_rule_failures_total 0.0",
                            "advisor_pack_reloads_total{outcome=\"success\"} 0.0", "advisor_audits_waiting ",
                            "advisor_audits_running ", "jvm_memory_used_bytes", "process_cpu_usage")
                    .containsPattern("http_server_requests_seconds_bucket\\{method=\"POST\",route=\"/api/v1/audit\","
                            + "status=\"200\",le=\"[0-9.]+\"}")
                    .contains("route=\"/api/v1/audit\",status=\"422\"", "route=\"/api/v1/audits\",status=\"200\"",
                            "route=\"/api/v1/rules/{id}\",status=\"200\"", "route=\"/api/v1/rules/{id}\",status=\"404\"")
                    .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"unmatched\","
                            + "status=\"404\"} 5")
                    .doesNotContain("Charmilles", "FWD-AUTOMATIC", "PAS-UNE-REGLE", "scan", "asOf");
        }
    }
}
