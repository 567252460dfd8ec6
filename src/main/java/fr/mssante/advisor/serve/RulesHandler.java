package fr.mssante.advisor.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/** {@code GET /api/v1/rules}: the pack's catalogue, as {@code rules list --format json} prints it. */
final class RulesHandler implements Handler {

    private final Service service;

    RulesHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query query = Query.of(ctx, Set.of("lang"), service.lang());
        ctx.contentType(MediaTypes.ofReport("json")).result(service.advisor().rulesJson(query.language()));
    }
}
