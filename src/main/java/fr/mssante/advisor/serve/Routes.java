package fr.mssante.advisor.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the service, in one place: its method, its path, its handler and the statuses it answers
 * with by design (besides 404 and 405, which any address may give). {@code openapi.yaml} describes exactly
 * these ({@code OpenApiContractTest}). {@code GET /} and the page's files are the static folder
 * {@link #WEB}. The establishment and dashboard routes ({@code --finess}, {@code --mssante}) join this list
 * once the public-extract readers are shared.
 */
final class Routes {

    /** The page and its files, served from the classpath. */
    static final String WEB = "/fr/mssante/advisor/serve/web";

    record Route(HandlerType method, String path, Handler handler, List<Integer> statuses) {
    }

    private Routes() {
    }

    static List<Route> all(Service service) {
        SamplesHandler samples = new SamplesHandler(service, Samples.load());
        return List.of(
                new Route(HandlerType.POST, "/api/v1/audit", new AuditHandler(service),
                        List.of(200, 400, 401, 413, 415, 422, 503)),
                new Route(HandlerType.POST, "/api/v1/audits", new AuditsHandler(service),
                        List.of(200, 400, 401, 413, 415, 503)),
                new Route(HandlerType.GET, "/api/v1/rules", new RulesHandler(service), List.of(200, 400, 401)),
                new Route(HandlerType.GET, "/api/v1/rules/{id}", new RuleHandler(service), List.of(200, 400, 401, 404)),
                new Route(HandlerType.GET, "/api/v1/schema", new SchemaHandler(service), List.of(200, 400, 401)),
                new Route(HandlerType.GET, "/api/v1/openapi.json", new OpenApiHandler(service), List.of(200, 400, 401)),
                new Route(HandlerType.GET, "/api/v1/info", new InfoHandler(service), List.of(200, 400, 401)),
                new Route(HandlerType.GET, "/api/v1/samples", samples::list, List.of(200, 400, 401)),
                new Route(HandlerType.GET, "/api/v1/samples/{name}", samples::one, List.of(200, 400, 401, 404)),
                new Route(HandlerType.GET, "/healthz", new HealthHandler(service.pack()), List.of(200, 503)),
                new Route(HandlerType.GET, "/metrics", new MetricsHandler(service.metrics()), List.of(200)));
    }

    static void register(RoutesConfig config, List<Route> routes) {
        routes.forEach(r -> config.addHttpHandler(r.method(), r.path(), r.handler()));
    }
}
