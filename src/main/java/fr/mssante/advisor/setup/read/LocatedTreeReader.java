package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.ReadLimits;
import fr.mssante.advisor.setup.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML or JSON into a Jackson tree while recording where each node was written, so that
 * every later error and finding can point at a line and column.
 *
 * <p>Scalars are kept as their source text (an unquoted FINESS such as {@code 010000024} keeps its
 * leading zero); only {@code true}/{@code false} stay booleans. A key given an empty value counts as
 * absent, as a person writing {@code finess:} means.
 *
 * <p>A setup file is data only: YAML aliases ({@code *name}) repeat what their anchor holds, within
 * {@link ReadLimits}; explicit type tags ({@code !!java.net.URL}, {@code !include}) are refused, never
 * acted on. Depth, text length and list size are bounded so that a hostile file costs little to refuse.
 */
public final class LocatedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The YAML core schema's own tags only say "text", "number"…: harmless, so accepted. */
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ReadLimits limits;
    private final JsonFactory json;
    private final AnchoredYamlFactory yaml;

    /** The tree (null when it could not be read) and the problems met while reading. */
    public record Result(LocatedTree tree, List<InputError> errors) {
    }

    public LocatedTreeReader() {
        this(ReadLimits.DEFAULTS);
    }

    public LocatedTreeReader(ReadLimits limits) {
        this.limits = limits;
        int documentChars = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
        // Backstops behind the checks of Builder, which come first and say where.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(documentChars)
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        LoaderOptions yamlOptions = new LoaderOptions();
        yamlOptions.setCodePointLimit(documentChars);
        yamlOptions.setMaxAliasesForCollections(limits.maxAliases());
        yamlOptions.setNestingDepthLimit(limits.maxDepth() + 1);
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        // The builder starts from no YAML feature at all: keep the defaults a plain YAMLFactory has.
        this.yaml = new AnchoredYamlFactory(YAMLFactory.builder().loaderOptions(yamlOptions)
                .streamReadConstraints(constraints).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));
    }

    public Result read(Reader source, boolean isJson) {
        SourceLines text;
        try {
            StringWriter all = new StringWriter();
            source.transferTo(all);
            text = new SourceLines(all.toString());
        } catch (IOException e) {
            return new Result(null, List.of(InputErrors.unreadable(e.getMessage())));
        }
        Map<String, SourceLocation> keys = new HashMap<>();
        Map<String, SourceLocation> values = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        List<InputError> errors = new ArrayList<>();
        try (JsonParser parser = (isJson ? json : yaml).createParser(new StringReader(text.text()))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(null, List.of(InputErrors.emptyFile(isJson)));
            }
            JsonNode root = new Builder(parser, keys, values, numbers, errors).value("", 0);
            if (!root.isObject()) {
                return new Result(null, List.of(InputErrors.notAMapping(values.get(""), isJson)));
            }
            if (parser.nextToken() != null) {
                errors.add(InputErrors.trailingContent(location(parser.currentTokenLocation()), isJson));
            }
            return new Result(new LocatedTree(root, keys, values, numbers), errors);
        } catch (Refused e) {
            return new Result(null, List.of(e.error));
        } catch (StreamConstraintsException e) {
            return new Result(null, List.of(InputErrors.limitExceeded(location(e.getLocation()),
                    e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(syntaxError(e, isJson, text)));
        } catch (IOException e) {
            return new Result(null, List.of(InputErrors.unreadable(e.getMessage())));
        }
    }

    private static InputError syntaxError(JsonProcessingException e, boolean json, SourceLines text) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return YamlSyntax.explain(yaml, text);
        }
        if (e.getCause() instanceof ReaderException unreadable) {
            return YamlSyntax.explain(unreadable, text);
        }
        return json ? JsonSyntax.explain(e, text) : YamlSyntax.explain(e);
    }

    /** Jackson's place as people count it; a place Jackson does not know is the start of the file. */
    static SourceLocation location(JsonLocation loc) {
        return loc == null ? SourceLocation.START
                : new SourceLocation(Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
    }

    /** A problem after which reading the rest of the file is pointless (or dangerous). */
    private static final class Refused extends RuntimeException {
        final transient InputError error;

        Refused(InputError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** What an anchor ({@code &name}) holds: the node, where it was written, and how many values it counts. */
    private record Anchor(String path, JsonNode node, int size) {
    }

    /** Walks the token stream once, building nodes, recording their positions and enforcing the limits. */
    private final class Builder {

        private final JsonParser parser;
        private final Map<String, SourceLocation> keys;
        private final Map<String, SourceLocation> values;
        private final Set<String> numbers;
        private final List<InputError> errors;
        private final Map<String, Anchor> anchors = new HashMap<>();
        private int nodes;
        private int collectionAliases;

        Builder(JsonParser parser, Map<String, SourceLocation> keys, Map<String, SourceLocation> values,
                Set<String> numbers, List<InputError> errors) {
            this.parser = parser;
            this.keys = keys;
            this.values = values;
            this.numbers = numbers;
            this.errors = errors;
        }

        JsonNode value(String path, int depth) throws IOException {
            SourceLocation at = location(parser.currentTokenLocation());
            values.put(path, at);
            count(1, path, at);
            if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                return alias(path, at, parser.getText());
            }
            checkTag(path, at);
            String anchor = parser instanceof AnchoredYamlFactory.Parser y ? y.anchor() : null;
            int before = nodes;
            JsonNode node = switch (parser.currentToken()) {
                case START_OBJECT -> object(path, deeper(depth, path, at));
                case START_ARRAY -> array(path, deeper(depth, path, at));
                case VALUE_TRUE, VALUE_FALSE -> bool(parser.getText());
                case VALUE_NULL -> NODES.nullNode();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    numbers.add(path);
                    yield NODES.textNode(text(path, at, parser.getText()));
                }
                default -> NODES.textNode(text(path, at, parser.getText()));
            };
            if (anchor != null) {
                anchors.put(anchor, new Anchor(path, node, nodes - before + 1));
            }
            return node;
        }

        /** YAML 1.1 also reads yes/no/on/off as booleans; only true and false are (so {@code name: Yes} stays text). */
        private static JsonNode bool(String text) {
            if ("true".equalsIgnoreCase(text)) {
                return NODES.booleanNode(true);
            }
            return "false".equalsIgnoreCase(text) ? NODES.booleanNode(false) : NODES.textNode(text);
        }

        private ObjectNode object(String path, int depth) throws IOException {
            ObjectNode node = NODES.objectNode();
            int fields = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                SourceLocation keyLocation = location(parser.currentTokenLocation());
                if (++fields > limits.maxEntries()) {
                    throw new Refused(InputErrors.tooManyEntries(path, keyLocation, limits.maxEntries()));
                }
                String name = text(path, keyLocation, parser.currentName());
                String child = path.isEmpty() ? name : path + "." + name;
                next(child);
                JsonNode value = value(child, depth);
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

        private ArrayNode array(String path, int depth) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (next(path + "[" + index + "]") != JsonToken.END_ARRAY) {
                if (index >= limits.maxEntries()) {
                    throw new Refused(InputErrors.tooManyEntries(path, location(parser.currentTokenLocation()),
                            limits.maxEntries()));
                }
                node.add(value(path + "[" + index++ + "]", depth));
            }
            return node;
        }

        /**
         * The next token, the value at {@code path}. Jackson decodes a {@code !!binary} value itself and
         * fails on one that is not base64: that is a refused tag, said as such, not a syntax error.
         */
        private JsonToken next(String path) throws IOException {
            try {
                return parser.nextToken();
            } catch (JsonProcessingException e) {
                if (parser instanceof AnchoredYamlFactory.Parser y && y.tag() != null && !CORE_TAGS.contains(y.tag())
                        && !(e.getCause() instanceof MarkedYAMLException)) {
                    throw new Refused(InputErrors.tagRefused(path, y.tagLocation(), shortTag(y.tag())));
                }
                throw e;
            }
        }

        private int deeper(int depth, String path, SourceLocation at) {
            if (depth >= limits.maxDepth()) {
                throw new Refused(InputErrors.tooDeep(path, at, limits.maxDepth()));
            }
            return depth + 1;
        }

        private String text(String path, SourceLocation at, String text) {
            if (text != null && text.length() > limits.maxStringChars()) {
                errors.add(InputErrors.textTooLong(path, at, text.length(), limits.maxStringChars()));
            }
            return text;
        }

        private void count(int more, String path, SourceLocation at) {
            nodes += more;
            if (nodes > limits.maxNodes()) {
                throw new Refused(InputErrors.tooManyNodes(path, at, limits.maxNodes()));
            }
        }

        /** Tags other than the core schema's would ask a YAML library to build objects: a setup file holds data. */
        private void checkTag(String path, SourceLocation at) throws IOException {
            String tag = parser.getTypeId() == null ? null : parser.getTypeId().toString();
            if (tag != null && !CORE_TAGS.contains(tag)) {
                errors.add(InputErrors.tagRefused(path, at, shortTag(tag)));
            }
        }

        /** {@code !!binary} as people write it, not {@code tag:yaml.org,2002:binary}. */
        private static String shortTag(String tag) {
            return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag.startsWith("!") ? tag : "!" + tag;
        }

        /**
         * {@code *name} repeats the value anchored {@code &name}. Jackson hands it over as the bare name,
         * so the copy is made here, counted against the limits (a "billion laughs" file nests aliases of
         * aliases to expand to billions of values). The copy's nodes have no position of their own: a
         * problem inside it is reported where the alias is written.
         */
        private JsonNode alias(String path, SourceLocation at, String name) {
            Anchor anchor = anchors.get(name);
            if (anchor == null) {
                throw new Refused(InputErrors.unknownAlias(path, at, name));
            }
            if (!anchor.node().isContainerNode()) {
                return anchor.node().deepCopy();
            }
            if (++collectionAliases > limits.maxAliases()) {
                throw new Refused(InputErrors.tooManyAliases(path, at, limits.maxAliases()));
            }
            count(anchor.size() - 1, path, at);
            return anchor.node().deepCopy();
        }
    }
}
