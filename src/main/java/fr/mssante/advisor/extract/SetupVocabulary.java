package fr.mssante.advisor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.setup.read.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The setup format's enum values the reference data may name, taken from the published JSON Schema so
 * that the reference files and the setup files can never disagree.
 */
final class SetupVocabulary {

    /** {@code structure.category}: EHPAD, SSIAD… AUTRE. */
    static final Set<String> CATEGORIES = enumOf("category");
    /** {@code professionals[].profession}. */
    static final Set<String> PROFESSIONS = enumOf("profession");
    /** {@code professionals[].registeredBy} values a person found in the RPPS can have. */
    static final Set<String> REGISTRATIONS = Set.of("ORDER", "RPPS_PLUS");

    private SetupVocabulary() {
    }

    private static Set<String> enumOf(String property) {
        try (InputStream in = SetupVocabulary.class.getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            JsonNode found = find(new ObjectMapper().readTree(in), property);
            if (found == null) {
                throw new IllegalStateException("no enum for " + property + " in " + SchemaValidator.SCHEMA_RESOURCE);
            }
            List<String> values = new ArrayList<>();
            found.forEach(v -> values.add(v.asText()));
            return Set.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code enum} of the first property named {@code name}, depth first. */
    private static JsonNode find(JsonNode node, String name) {
        if (node.isObject()) {
            JsonNode p = node.path("properties").path(name).path("enum");
            if (p.isArray()) {
                return p;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                JsonNode f = find(it.next().getValue(), name);
                if (f != null) {
                    return f;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
