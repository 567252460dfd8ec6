package fr.mssante.advisor.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code GET /api/v1/samples} (the list: file name, structure, category, what it shows) and {@code GET
 * /api/v1/samples/{name}} (the file itself, as YAML): the starting points the page offers for a setup file.
 * Not in the command line's contract: the samples are files of the project, which the jar carries.
 */
final class SamplesHandler {

    private static final String YAML = "application/yaml;charset=utf-8";

    private final Service service;
    private final Samples samples;
    private final String list;

    SamplesHandler(Service service, Samples samples) {
        this.service = service;
        this.samples = samples;
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode items = root.putArray("samples");
        samples.all().forEach(s -> items.addObject().put("name", s.name()).put("structure", s.structure())
                .put("category", s.category()).put("description", s.description()));
        try {
            this.list = json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void list(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        ctx.contentType(MediaTypes.ofReport("json")).result(list);
    }

    void one(Context ctx) {
        Query.of(ctx, Set.of(), service.lang());
        String name = ctx.pathParam("name");
        Samples.Sample sample = samples.named(name).orElseThrow(() -> new ProblemException(Problem.NOT_FOUND,
                "Aucun exemple ne s'appelle « " + name + " » ; GET /api/v1/samples les liste.",
                "No sample is named « " + name + " »; GET /api/v1/samples lists them."));
        ctx.contentType(YAML).result(sample.text());
    }
}
