package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --rules DIR}: a save in the folder is served without a restart; a pack broken by a save is
 * counted as a failed reload and the previous pack goes on answering; the next save that repairs it is
 * served. Each wait is bounded: a missed change fails the test, it does not hang.
 */
class PackReloadTest {

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String FIRING = TestPacks.FWD_AUTOMATIC_FIRING;
    private static final String SILENCED = TestPacks.FWD_AUTOMATIC_SILENCED;
    private static final String SETUP = TestPacks.FORWARDING_SETUP;

    @TempDir
    Path tmp;

    @Test
    void aSaveIsServedAndABrokenPackLeavesThePreviousOneServing() throws Exception {
        Path pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("forwarding/forwarding.drl");
        try (AdvisorServer server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false).withRules(pack))) {
            Http http = new Http(server);
            assertThat(fires(http)).isTrue();

            Files.writeString(drl, Files.readString(drl).replace(FIRING, SILENCED));
            await(() -> reloads(http, "success") == 1);
            assertThat(fires(http)).isFalse();

            Path broken = Files.createDirectories(pack.resolve("extra")).resolve("extra.drl");
            Files.writeString(broken, "package rules.extra;\nrule \"X\" when then oops end\n");
            await(() -> reloads(http, "failure") >= 1);
            assertThat(reloads(http, "success")).isEqualTo(1);
            assertThat(fires(http)).as("the previous pack still serves").isFalse();
            assertThat(http.get("/healthz").status()).isEqualTo(200);

            Files.delete(broken);
            Files.writeString(drl, Files.readString(drl).replace(SILENCED, FIRING));
            await(() -> fires(http));
            assertThat(reloads(http, "success")).isGreaterThanOrEqualTo(2);
        }
    }

    private static boolean fires(Http http) {
        Http.Answer answer = http.postYaml("/api/v1/audit", SETUP);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().contains("\"FWD-AUTOMATIC\"");
    }

    static double reloads(Http http, String outcome) {
        Matcher m = Pattern.compile("(?m)^advisor_pack_reloads_total\\{outcome=\"" + outcome + "\"} (\\S+)$")
                .matcher(http.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", BOUND).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
