package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON into a Jackson tree while recording where each node was written, so that
 * every later error and finding can point at a line and column.
 *
 * <p>Scalars are kept as their source text (an unquoted FINESS such as {@code 010000024} keeps its
 * leading zero); only {@code true}/{@code false} stay booleans. A key given an empty value counts as
 * absent, as a person writing {@code finess:} means.
 */
public final class LocatedTreeReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The tree (null when it could not be read) and the problems met while reading. */
    public record Result(LocatedTree tree, List<InputError> errors) {
    }

    public Result read(Reader source, boolean json) {
        Map<String, SourceLocation> keys = new HashMap<>();
        Map<String, SourceLocation> values = new HashMap<>();
        List<InputError> errors = new ArrayList<>();
        try (JsonParser parser = (json ? JSON : YAML).createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(null, List.of(InputErrors.emptyFile()));
            }
            JsonNode root = new Builder(parser, keys, values, errors).value("");
            if (!root.isObject()) {
                return new Result(null, List.of(InputErrors.notAMapping(values.get(""))));
            }
            if (parser.nextToken() != null) {
                errors.add(InputErrors.trailingContent(location(parser.currentTokenLocation()), json));
            }
            return new Result(new LocatedTree(root, keys, values), errors);
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(syntaxError(e, json)));
        } catch (IOException e) {
            return new Result(null, List.of(InputErrors.unreadable(e.getMessage())));
        }
    }

    private static InputError syntaxError(JsonProcessingException e, boolean json) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // An unclosed quote or bracket is only noticed at the end of the file: point where it opens.
            var mark = yaml.getContextMark() != null && yaml.getProblem() != null
                    && yaml.getProblem().contains("end of stream") ? yaml.getContextMark() : yaml.getProblemMark();
            String problem = yaml.getContext() != null && mark == yaml.getContextMark()
                    ? yaml.getContext() + ", " + yaml.getProblem() : yaml.getProblem();
            return InputErrors.syntax(new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1), problem, false);
        }
        SourceLocation where = e.getLocation() == null ? SourceLocation.UNKNOWN : location(e.getLocation());
        return InputErrors.syntax(where, e.getOriginalMessage(), json);
    }

    static SourceLocation location(JsonLocation loc) {
        return new SourceLocation(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    /** Walks the token stream once, building nodes and recording their positions. */
    private record Builder(JsonParser parser, Map<String, SourceLocation> keys,
                           Map<String, SourceLocation> values, List<InputError> errors) {

        JsonNode value(String path) throws IOException {
            values.put(path, location(parser.currentTokenLocation()));
            return switch (parser.currentToken()) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_TRUE, VALUE_FALSE -> bool(parser.getText());
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.textNode(parser.getText());
            };
        }

        /** YAML 1.1 also reads yes/no/on/off as booleans; only true and false are (so {@code name: Yes} stays text). */
        private static JsonNode bool(String text) {
            if ("true".equalsIgnoreCase(text)) {
                return NODES.booleanNode(true);
            }
            return "false".equalsIgnoreCase(text) ? NODES.booleanNode(false) : NODES.textNode(text);
        }

        private ObjectNode object(String path) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                SourceLocation keyLocation = location(parser.currentTokenLocation());
                parser.nextToken();
                JsonNode value = value(child);
                if (node.has(name)) {
                    errors.add(InputErrors.duplicateKey(child, keyLocation, name));
                    continue;
                }
                keys.put(child, keyLocation);
                if (!value.isNull()) {
                    node.set(name, value);
                }
            }
            return node;
        }

        private ArrayNode array(String path) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(path + "[" + index++ + "]"));
            }
            return node;
        }
    }
}
