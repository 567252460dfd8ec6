package fr.mssante.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.read.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code schema}: prints the JSON Schema of the setup format, for editors' completion and checks, with
 * its titles and descriptions in {@code --lang} (French by default: an editor shows them as the user types).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Affiche le schéma JSON du format de configuration (descriptions en français par défaut).",
                "Prints the setup format's JSON Schema (descriptions in English with --lang en)."})
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (le seul format du schéma / the schema's only format).")
    String format;

    @Override
    public Integer call() throws Exception {
        Lang lang = output.langOrReport();
        if (lang == null || PackTextFormat.parseOrReport(format, List.of(PackTextFormat.JSON)) == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        JsonNode schema = new SchemaValidator().schemaNode().deepCopy();
        if (lang == Lang.FR) {
            translate(schema, french());
        }
        String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema)
                + System.lineSeparator();
        return output.write(text) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }

    /** The French texts by their English one ({@code schema/descriptions.fr.yaml}). */
    static JsonNode french() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/schema/descriptions.fr.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
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
