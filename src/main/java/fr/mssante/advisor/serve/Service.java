package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.i18n.Lang;
import io.javalin.http.Context;

/** What the handlers share: the advisor in service, the audit pool, the metrics and the configuration. */
record Service(ServingPack pack, AuditWorkers workers, ServiceMetrics metrics, ServeConfig config) {

    Advisor advisor() {
        return pack.current();
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
