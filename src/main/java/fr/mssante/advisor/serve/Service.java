package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.i18n.Lang;
import io.javalin.http.Context;

/**
 * What the handlers share: the advisor in service, the audit pool and the memory budget of the bodies it
 * holds, the metrics and the configuration.
 */
record Service(ServingPack pack, AuditWorkers workers, BodyBudget budget, ServiceMetrics metrics, ServeConfig config) {

    Advisor advisor() {
        return pack.current();
    }

    /**
     * Runs {@code work} on a worker while {@code bytes} of the request are held in the budget, and writes
     * its answer on {@code ctx} once ready; a full budget or queue is a 503 at once.
     */
    void answerLater(io.javalin.http.Context ctx, long bytes, java.util.function.Supplier<Answer> work) {
        long held = budget.reserve(bytes);
        ctx.future(() -> {
            try {
                return workers.submit(work).whenComplete((a, e) -> budget.release(held)).thenAccept(a -> a.writeTo(ctx));
            } catch (RuntimeException refused) {
                budget.release(held);
                throw refused;
            }
        });
    }

    Lang lang() {
        return config.lang();
    }

    ServeConfig.Limits limits() {
        return config.limits();
    }

    /**
     * Whether the public extracts ({@code --finess}, {@code --mssante}) are loaded: the page shows its
     * dashboard and its "start from a FINESS" entry only then. False until serve reads them.
     */
    boolean extractsLoaded() {
        return false;
    }

    /** An answer computed on a worker, written once it is ready. */
    record Answer(int status, String contentType, String body) {

        static Answer report(int status, String format, String body) {
            return new Answer(status, MediaTypes.ofReport(format), body);
        }

        void writeTo(Context ctx) {
            ctx.status(status).contentType(contentType);
            if (contentType.startsWith("text/html")) {
                ctx.header("Content-Security-Policy", Filters.REPORT_CSP);
            }
            ctx.result(body);
        }
    }
}
