package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LocatedTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a setup tree against the published JSON Schema and turns each violation into an
 * {@link InputError} a person can act on (closest field name, allowed values, expected type).
 * The schema that editors get from the {@code schema} command is the one enforced here.
 */
public final class SchemaValidator {

    public static final String SCHEMA_RESOURCE = "/schema/mssante-setup-1.schema.json";

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    public SchemaValidator() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schemaNode = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("setup schema missing from the jar", e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    /** The schema's text, for people and editors. */
    public JsonNode schemaNode() {
        return schemaNode;
    }

    public List<InputError> validate(LocatedTree tree) {
        List<InputError> errors = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(tree.root()));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage message : messages) {
            errors.add(translate(message, tree));
        }
        return errors;
    }

    private InputError translate(ValidationMessage m, LocatedTree tree) {
        String path = pathOf(m.getInstanceLocation());
        JsonNode keyword = schemaNode.at(pointerOf(m.getSchemaLocation().getFragment()));
        JsonNode owner = schemaNode.at(pointerOf(m.getSchemaLocation().getFragment().getParent()));
        switch (m.getType()) {
            case "additionalProperties" -> {
                String child = join(path, m.getProperty());
                List<String> known = new ArrayList<>();
                owner.path("properties").fieldNames().forEachRemaining(known::add);
                return InputErrors.unknownField(child, tree.locate(child), m.getProperty(), known);
            }
            case "required" -> {
                return InputErrors.missingField(path, tree.locate(path), m.getProperty());
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                keyword.forEach(v -> allowed.add(v.asText()));
                return InputErrors.badEnum(path, tree.locateValue(path), m.getInstanceNode().asText(), allowed);
            }
            case "const" -> {
                return InputErrors.badFormatVersion(path, tree.locateValue(path), m.getInstanceNode().asText());
            }
            case "type" -> {
                return InputErrors.wrongType(path, tree.locateValue(path), keyword.asText(),
                        typeOf(m.getInstanceNode()));
            }
            default -> {
                return InputErrors.generic(path, tree.locateValue(path), m.getMessage());
            }
        }
    }

    private static String typeOf(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "null" : "string";
    }

    /** {@code $.mailboxes[2].type} as the report writes it: {@code mailboxes[2].type}. */
    static String pathOf(JsonNodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String pointerOf(JsonNodePath fragment) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; fragment != null && i < fragment.getNameCount(); i++) {
            out.append('/').append(String.valueOf(fragment.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String join(String path, String child) {
        return path.isEmpty() ? child : path + "." + child;
    }
}
