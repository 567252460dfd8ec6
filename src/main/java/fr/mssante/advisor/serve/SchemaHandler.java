package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/** {@code GET /api/v1/schema}: the setup format's JSON Schema, as {@code schema} prints it. */
final class SchemaHandler implements Handler {

    private static final String MEDIA_TYPE = "application/schema+json;charset=utf-8";

    private final Service service;
    /** Written on first use: nothing but the pack should delay the service's start. */
    private volatile String schema;

    SchemaHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        String text = schema;
        if (text == null) {
            text = Advisor.schemaJson();
            schema = text;
        }
        ctx.contentType(MEDIA_TYPE).result(text);
    }
}
