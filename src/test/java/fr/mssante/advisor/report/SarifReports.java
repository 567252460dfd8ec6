package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Checks a SARIF log as its readers do: against the official SARIF 2.1.0 schema (read from the shared
 * data folder beside the project, never copied into it), then loaded by a real SARIF object model
 * (Contrast Security's java-sarif, generated from that schema), failing on any property it does not know.
 */
public final class SarifReports {

    static final Path SCHEMA = Path.of("../shared/data/sarif/sarif-schema-2.1.0.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static JsonSchema schema;

    private SarifReports() {
    }

    /** Validates {@code sarif} against the official schema (every message shown on failure), then loads it. */
    public static SarifSchema210 validAndLoaded(String sarif) {
        JsonNode tree;
        try {
            tree = JSON.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<ValidationMessage> problems = schema().validate(tree);
        assertThat(problems).as("SARIF schema violations").isEmpty();
        try {
            return STRICT.readValue(sarif, SarifSchema210.class);
        } catch (IOException e) {
            throw new AssertionError("a SARIF reader cannot load the log: " + e.getMessage(), e);
        }
    }

    public static JsonNode tree(String sarif) {
        try {
            return JSON.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized JsonSchema schema() {
        if (schema == null) {
            try {
                JsonNode node = JSON.readTree(Files.readString(SCHEMA));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException("the official SARIF schema is read from " + SCHEMA, e);
            }
        }
        return schema;
    }
}
