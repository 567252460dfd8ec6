package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The setup format's JSON Schema with its titles and descriptions in one language, as {@code schema} prints
 * it and the service serves it: the schema is written in English, and {@code schema/descriptions.fr.yaml}
 * gives the French text of each English one. Keywords and property names are the contract's, unchanged.
 */
public final class LocalizedSchema {

    private LocalizedSchema() {
    }

    /** A copy of the schema in {@code lang}. */
    public static JsonNode of(Lang lang) {
        JsonNode schema = new SchemaValidator().schemaNode().deepCopy();
        if (lang == Lang.FR) {
            translate(schema, french());
        }
        return schema;
    }

    /** The French texts by their English one. */
    public static JsonNode french() {
        try (InputStream in = LocalizedSchema.class.getResourceAsStream("/schema/descriptions.fr.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // the jar's own resource always reads
        }
    }

    /** Replaces every {@code title} and {@code description} that has a French text. */
    static void translate(JsonNode node, JsonNode french) {
        if (node instanceof ObjectNode object) {
            for (String key : List.of("title", "description")) {
                JsonNode text = object.get(key);
                if (text != null && text.isTextual() && french.has(text.asText())) {
                    object.put(key, french.get(text.asText()).asText());
                }
            }
        }
        node.forEach(child -> translate(child, french));
    }
}
