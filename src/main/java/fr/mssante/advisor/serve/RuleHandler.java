package fr.mssante.advisor.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * {@code GET /api/v1/rules/{id}}: one rule explained, as {@code explain ID --format json} prints it; 404
 * (with the closest id) for a rule the pack does not have.
 */
final class RuleHandler implements Handler {

    private final Service service;

    RuleHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query query = Query.of(ctx, Set.of("lang"), service.lang());
        ctx.contentType(MediaTypes.ofReport("json"))
                .result(service.advisor().explainJson(ctx.pathParam("id"), query.language()));
    }
}
