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
import fr.mssante.advisor.setup.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a setup tree against the published JSON Schema and turns each violation into an
 * {@link InputError} a person can act on (closest field name, allowed values, expected type).
 * The schema that editors get from the {@code schema} command is the one enforced here.
 */
public final class SchemaValidator {

    public static final String SCHEMA_RESOURCE = "/schema/mssante-setup-1.schema.json";
    /** The definition of ids (their pattern): a mismatch is told as a bad id. */
    static final String ID_DEFINITION = "/$defs/id";
    /** The definition of required texts, which must not be blank. */
    static final String REQUIRED_TEXT_DEFINITION = "/$defs/requiredText";

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
        // A misspelt required field ("nom" for "name") is one mistake: its unknown-field error already
        // suggests the name, so the "missing name" error it also causes is left out.
        Set<String> suggested = new HashSet<>();
        for (ValidationMessage message : messages) {
            if (message.getType().equals("additionalProperties")) {
                suggestion(message).ifPresent(name -> suggested.add(join(pathOf(message.getInstanceLocation()), name)));
            }
        }
        for (ValidationMessage message : messages) {
            boolean explained = message.getType().equals("required")
                    && suggested.contains(join(pathOf(message.getInstanceLocation()), message.getProperty()));
            if (!explained) {
                errors.add(translate(message, tree));
            }
        }
        return errors;
    }

    /** The known field an unknown one most probably meant, if any. */
    private Optional<String> suggestion(ValidationMessage m) {
        return Suggestions.closest(m.getProperty(), knownFields(m));
    }

    /** The fields the object that holds an unknown one accepts. */
    private List<String> knownFields(ValidationMessage m) {
        List<String> known = new ArrayList<>();
        schemaNode.at(pointerOf(m.getSchemaLocation().getFragment().getParent())).path("properties").fieldNames()
                .forEachRemaining(known::add);
        return known;
    }

    private InputError translate(ValidationMessage m, LocatedTree tree) {
        String path = pathOf(m.getInstanceLocation());
        JsonNode keyword = schemaNode.at(pointerOf(m.getSchemaLocation().getFragment()));
        JsonNode owner = schemaNode.at(pointerOf(m.getSchemaLocation().getFragment().getParent()));
        switch (m.getType()) {
            case "additionalProperties" -> {
                String child = join(path, m.getProperty());
                return InputErrors.unknownField(child, tree.locate(child), m.getProperty(), knownFields(m));
            }
            case "required" -> {
                // A key written with nothing after it is left out of the tree, but its place is known.
                String child = join(path, m.getProperty());
                SourceLocation written = tree.keyLocations().get(child);
                if (written == null) {
                    return InputErrors.missingField(path, tree.locate(path), m.getProperty());
                }
                JsonNode property = propertySchema(owner, m.getProperty());
                return InputErrors.emptyValue(child, written, property.path("type").asText("string"),
                        property.path("const").asText(null));
            }
            case "pattern" -> {
                String rule = pointerOf(m.getSchemaLocation().getFragment().getParent());
                if (rule.equals(ID_DEFINITION)) {
                    return InputErrors.badId(path, tree.locateValue(path), m.getInstanceNode().asText());
                }
                if (rule.equals(REQUIRED_TEXT_DEFINITION)) {
                    return InputErrors.emptyValue(path, tree.locate(path), "string", null);
                }
                return InputErrors.generic(path, tree.locateValue(path), m.getMessage());
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
                JsonNode found = m.getInstanceNode();
                String kind = found.isTextual() && tree.writtenAsNumber(path) ? "number" : typeOf(found);
                return InputErrors.wrongType(path, tree.locateValue(path), keyword.asText(), kind,
                        found.isValueNode() && !found.isNull() ? found.asText() : null);
            }
            default -> {
                return InputErrors.generic(path, tree.locateValue(path), m.getMessage());
            }
        }
    }

    /** The schema of a property of {@code object}, its reference followed. */
    private JsonNode propertySchema(JsonNode object, String property) {
        JsonNode schema = object.path("properties").path(property);
        return schema.has("$ref") ? schemaNode.at(schema.get("$ref").asText().substring(1)) : schema;
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
