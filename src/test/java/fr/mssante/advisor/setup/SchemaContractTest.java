package fr.mssante.advisor.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.setup.read.LocatedTreeReader;
import fr.mssante.advisor.setup.read.SchemaValidator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema, the typed model the rules see, the samples and the format's specification
 * cannot drift apart: each object of the schema has exactly the fields of its model record, every sample
 * validates, and the specification's own example validates.
 */
class SchemaContractTest {

    /** Record components that are not fields of the file: where the part is, which mailbox it belongs to. */
    private static final Set<String> DERIVED = Set.of("path", "mailboxId");
    /** Fields whose model component is named differently ({@code dui: {name}} is flattened). */
    private static final Map<String, String> RENAMED = Map.of("duiName", "dui");

    private final SchemaValidator validator = new SchemaValidator();
    private final JsonNode schema = validator.schemaNode();

    @Test
    void theSchemaIsDraft202012() {
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void eachSchemaObjectHasExactlyTheFieldsOfItsModelRecord() {
        Map<String, Class<? extends Record>> objects = Map.ofEntries(
                Map.entry("/$defs/structure", Structure.class),
                Map.entry("/$defs/structure/properties/careTeams/items", CareTeam.class),
                Map.entry("/$defs/deployment", Deployment.class),
                Map.entry("/$defs/deployment/properties/programme", Programme.class),
                Map.entry("/$defs/professional", Professional.class),
                Map.entry("/$defs/mailbox", Mailbox.class),
                Map.entry("/$defs/mailbox/properties/forwarding/items", Forwarding.class),
                Map.entry("/$defs/mailbox/properties/notification", Notification.class),
                Map.entry("/$defs/mailbox/properties/distributionList", DistributionList.class),
                Map.entry("/$defs/exchange", Exchange.class),
                Map.entry("/$defs/acknowledgement", Acknowledgement.class));
        objects.forEach((pointer, record) -> {
            JsonNode node = schema.at(pointer);
            assertThat(node.isMissingNode()).as(pointer).isFalse();
            assertThat(node.get("additionalProperties").asBoolean(true)).as(pointer + " refuses unknown fields")
                    .isFalse();
            Set<String> modelFields = Arrays.stream(record.getRecordComponents()).map(c -> c.getName())
                    .filter(n -> !DERIVED.contains(n)).map(n -> RENAMED.getOrDefault(n, n))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(names(node.get("properties"))).as(pointer + " vs " + record.getSimpleName())
                    .isEqualTo(modelFields);
        });
        assertThat(names(schema.get("properties"))).containsAll(Arrays.stream(Setup.class.getRecordComponents())
                .map(c -> c.getName()).toList()).contains("format");
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleValidates(Path sample) {
        LoadedSetup loaded = new SetupLoader().load(sample);
        assertThat(loaded.errors()).as(sample.toString()).isEmpty();
    }

    @Test
    void theExampleOfTheSpecificationValidates() throws IOException {
        Path spec = Path.of("../shared/spec/setup-format.md");
        assumeTrue(Files.isRegularFile(spec), "specification not available beside the project");
        Matcher block = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(Files.readString(spec, StandardCharsets.UTF_8));
        assertThat(block.find()).isTrue();
        // Schema only: the example names a responsible (p-dupont) it does not define, a reference error.
        LocatedTreeReader.Result read = new LocatedTreeReader().read(new StringReader(block.group(1)), false);
        assertThat(read.errors()).isEmpty();
        assertThat(validator.validate(read.tree())).isEmpty();
    }

    @Test
    void theEnumsOfTheSchemaAreThoseOfTheSpecification() {
        assertThat(values("/$defs/mailbox/properties/type/enum")).containsExactly("PER", "ORG", "APP", "CAB");
        assertThat(values("/$defs/professional/properties/registeredBy/enum"))
                .containsExactlyInAnyOrder("ORDER", "RPPS_PLUS", "NONE");
        assertThat(values("/$defs/exchange/properties/channel/enum"))
                .containsExactlyInAnyOrder("MSSANTE", "STANDARD_EMAIL", "DOCTOLIB", "LINK", "FAX", "POSTAL");
        assertThat(values("/$defs/structure/properties/category/enum")).contains("EHPAD", "SSIAD", "DAC", "AUTRE")
                .hasSize(16);
    }

    /**
     * The form of an id is checked by the schema's pattern only, so that what an editor underlines is what
     * the tool refuses: every id of the format uses the definition, and the loader agrees with the pattern
     * (read as ECMAScript with the u flag by editors, as java.util.regex here: the pattern uses only what
     * both read alike).
     */
    @Test
    void everyIdFollowsTheOnePatternTheLoaderEnforces() {
        String pattern = schema.at("/$defs/id/pattern").asText();
        assertThat(pattern).isEqualTo("^[\\p{L}\\p{M}\\p{Nd}_-]+$");
        for (String object : List.of("/$defs/professional", "/$defs/mailbox", "/$defs/exchange",
                "/$defs/structure/properties/careTeams/items")) {
            assertThat(schema.at(object + "/properties/id/$ref").asText()).as(object).isEqualTo("#/$defs/id");
        }
        Pattern id = Pattern.compile(pattern);
        for (String candidate : List.of("p-élodie", "bal_soins-2", "p-Noël", "équipe-ÉTÉ", "bal soins", "p.martin",
                "p-n'diae", "bal/soins", "-", "٣")) {
            LoadedSetup loaded = new SetupLoader().load("ids.yaml", new StringReader("""
                    format: mssante-setup/1
                    structure: {name: "EHPAD"}
                    deployment: {deployed: true}
                    professionals:
                      - id: "%s"
                    """.formatted(candidate)), false);
            assertThat(loaded.errors().isEmpty()).as(candidate).isEqualTo(id.matcher(candidate).find());
        }
    }

    @Test
    void theStructureNameIsARequiredText() {
        assertThat(schema.at("/$defs/structure/required").toString()).contains("\"name\"");
        assertThat(schema.at("/$defs/structure/properties/name/$ref").asText()).isEqualTo("#/$defs/requiredText");
        Pattern notBlank = Pattern.compile(schema.at("/$defs/requiredText/pattern").asText());
        assertThat(notBlank.matcher("EHPAD").find()).isTrue();
        assertThat(notBlank.matcher(" \t ").find()).isFalse();
        assertThat(notBlank.matcher("").find()).isFalse();
    }

    private List<String> values(String pointer) {
        return StreamSupport.stream(schema.at(pointer).spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
