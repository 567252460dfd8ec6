package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.PortfolioReport;
import fr.mssante.advisor.api.Report;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What {@code /metrics} shows, through Micrometer's Prometheus registry: every request (method, route,
 * status) with its latency histogram, the setups audited, those refused for input errors, the rules that
 * broke while running, the pack reloads (success or failure), the audits waiting and running, and the
 * JVM's memory, GC, threads and CPU. Routes are the templates ({@code /api/v1/rules/{id}}), never what a
 * client typed, so a scan of random addresses cannot grow the registry.
 */
final class ServiceMetrics {

    /** The content type of Prometheus' text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter audits = Counter.builder("advisor.audits")
            .description("Setups audited (read and checked by the rules)").register(registry);
    private final Counter inputErrors = Counter.builder("advisor.input.errors")
            .description("Setups refused for input errors (not audited)").register(registry);
    private final Counter ruleFailures = Counter.builder("advisor.rule.failures")
            .description("Rules that broke while running").register(registry);
    private final Counter reloadsOk = reloads("success");
    private final Counter reloadsFailed = reloads("failure");

    ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private Counter reloads(String outcome) {
        return Counter.builder("advisor.pack.reloads").tag("outcome", outcome)
                .description("Reloads of the --rules folder after a change").register(registry);
    }

    /** The audit pool's queue and running audits, read when scraped. */
    void gauges(Supplier<Number> waiting, Supplier<Number> running) {
        Gauge.builder("advisor.audits.waiting", waiting, s -> s.get().doubleValue()).strongReference(true)
                .description("Audits waiting for a worker").register(registry);
        Gauge.builder("advisor.audits.running", running, s -> s.get().doubleValue()).strongReference(true)
                .description("Audits running").register(registry);
    }

    void request(String method, String route, int status, float millis) {
        Timer.builder("http.server.requests").tag("method", method).tag("route", route)
                .tag("status", Integer.toString(status))
                .description("HTTP requests answered, by route template and status")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    void audited(Report report) {
        if (report.readable()) {
            audits.increment();
        } else {
            inputErrors.increment();
        }
        ruleFailures.increment(report.ruleFailures().size());
    }

    void audited(PortfolioReport run) {
        run.reports().forEach(this::audited);
        ruleFailures.increment(run.portfolioRuleFailures().size());
    }

    void packReloaded(boolean success) {
        (success ? reloadsOk : reloadsFailed).increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
