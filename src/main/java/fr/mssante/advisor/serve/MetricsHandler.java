package fr.mssante.advisor.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /metrics}: the Prometheus text format (counts and latencies, no personal data). */
final class MetricsHandler implements Handler {

    private final ServiceMetrics metrics;

    MetricsHandler(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(ServiceMetrics.CONTENT_TYPE).result(metrics.scrape());
    }
}
