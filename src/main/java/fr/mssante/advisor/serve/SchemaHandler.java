package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.Language;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/v1/schema}: the setup format's JSON Schema, as {@code schema} prints it, its titles and
 * descriptions in the answer's language (French by default).
 */
final class SchemaHandler implements Handler {

    private static final String MEDIA_TYPE = "application/schema+json;charset=utf-8";

    private final Service service;
    /** Written on first use: nothing but the pack should delay the service's start. */
    private final Map<Language, String> schemas = new ConcurrentHashMap<>();

    SchemaHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Language language = Query.of(ctx, Set.of("lang"), service.lang()).language();
        ctx.contentType(MEDIA_TYPE).result(schemas.computeIfAbsent(language, Advisor::schemaJson));
    }
}
