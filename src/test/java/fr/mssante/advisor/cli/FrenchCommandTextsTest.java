package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.setup.read.LocalizedSchema;
import fr.mssante.advisor.setup.read.SchemaValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line's own texts are French first: the schema's descriptions (what an editor shows as one
 * types), in English with {@code --lang en}; {@code schema --format json} is accepted, other formats refused
 * clearly; picocli's {@code help} command speaks French like the others.
 */
class FrenchCommandTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void schemaDescriptionsAreFrenchByDefaultAndEnglishWithLangEn() throws IOException {
        List<String> english = texts(new SchemaValidator().schemaNode());
        InProcess fr = InProcess.run("schema");
        assertThat(fr.status()).isZero();
        List<String> french = texts(JSON.readTree(fr.out()));
        assertThat(french).hasSameSizeAs(english).contains("Nom de la structure.", "Date AAAA-MM-JJ.");
        JsonNode translations = LocalizedSchema.french();
        assertThat(english).allSatisfy(e -> assertThat(translations.has(e)).as("French text of: %s", e).isTrue());

        InProcess en = InProcess.run("schema", "--lang", "en", "--format", "json");
        assertThat(en.status()).isZero();
        assertThat(texts(JSON.readTree(en.out()))).containsExactlyElementsOf(english);
        assertThat(JSON.readTree(en.out()).path("properties")).isEqualTo(new SchemaValidator().schemaNode().path("properties"));
    }

    @Test
    void schemaTakesFormatJsonAndRefusesOthersWithTheListOfFormats() {
        assertThat(InProcess.run("schema", "--format", "json").status()).isZero();
        InProcess yaml = InProcess.run("schema", "--format", "yaml").assertNoStackTrace();
        assertThat(yaml.status()).isEqualTo(2);
        assertThat(yaml.err()).contains("--format « yaml »", "formats acceptés / accepted formats: json")
                .doesNotContain("Unknown option");
    }

    @Test
    void theHelpCommandSpeaksFrenchFirst() {
        InProcess main = InProcess.run("--help");
        assertThat(main.out()).contains("help       Affiche l'aide d'une commande").doesNotContain("Display help");
        InProcess help = InProcess.run("help", "help");
        assertThat(help.out()).contains("La commande dont afficher l'aide").doesNotContain("Display", "The COMMAND");
    }

    /** Every title and description, in document order. */
    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (String key : List.of("title", "description")) {
                if (node.path(key).isTextual()) {
                    out.add(node.path(key).asText());
                }
            }
        }
        node.forEach(child -> collect(child, out));
    }
}
