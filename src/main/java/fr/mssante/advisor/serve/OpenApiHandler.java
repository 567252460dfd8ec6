package fr.mssante.advisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.api.Report;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of the API. It is written by hand in
 * {@code openapi.yaml} beside this class (readable, commented), served as JSON; {@code OpenApiContractTest}
 * keeps it equal to {@link Routes} (paths, methods, status codes) and checks real answers against its schemas.
 */
final class OpenApiHandler implements Handler {

    static final String RESOURCE = "openapi.yaml";

    private final Service service;
    /** Written on first use: nothing but the pack should delay the service's start. */
    private volatile String json;

    OpenApiHandler(Service service) {
        this.service = service;
    }

    private static String served() {
        try {
            ObjectNode doc = (ObjectNode) document();
            String version = OpenApiHandler.class.getPackage().getImplementationVersion();
            ((ObjectNode) doc.path("info")).put("version", version == null ? "dev" : version);
            // The report formats are the advisor's own list: a format added to audit is described at once.
            ArrayNode formats = ((ObjectNode) doc.at("/components/parameters/format/schema")).putArray("enum");
            Report.formats().forEach(formats::add);
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as committed (tests read it too). */
    static JsonNode document() throws IOException {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " missing from the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Override
    public void handle(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        String text = json;
        if (text == null) {
            text = served();
            json = text;
        }
        ctx.contentType(MediaTypes.ofReport("json")).result(text);
    }
}
