package fr.mssante.advisor.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;

/**
 * {@code GET /api/v1/info}: what this service offers, for the page (and any client) to adapt to it: its
 * version, whether public extracts are loaded (the establishment and dashboard endpoints answer only then),
 * and the upload limits to tell a user before sending.
 */
final class InfoHandler implements Handler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service service;

    InfoHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        String version = InfoHandler.class.getPackage().getImplementationVersion();
        ServeConfig.Limits limits = service.limits();
        ObjectNode info = JSON.createObjectNode().put("version", version == null ? "dev" : version)
                .put("extracts", service.extractsLoaded());
        info.putObject("limits").put("maxFileBytes", limits.maxFileBytes()).put("maxFiles", limits.maxFiles());
        ctx.contentType(MediaTypes.ofReport("json")).result(info.toPrettyString() + "\n");
    }
}
