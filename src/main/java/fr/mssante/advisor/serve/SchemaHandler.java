package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/** {@code GET /api/v1/schema}: the setup format's JSON Schema, as {@code schema} prints it. */
final class SchemaHandler implements Handler {

    private static final String MEDIA_TYPE = "application/schema+json;charset=utf-8";

    private final Service service;
    private final String schema = Advisor.schemaJson();

    SchemaHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        ctx.contentType(MEDIA_TYPE).result(schema);
    }
}
