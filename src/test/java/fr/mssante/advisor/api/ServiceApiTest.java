package fr.mssante.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the public API offers a service built on it (the {@code serve} command is one): setups audited
 * together from streams, reports in every format of the command line, the catalogue and explanations as
 * the command line prints them, the schema, and the reading limit.
 */
class ServiceApiTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static Advisor advisor;

    @BeforeAll
    static void build() {
        advisor = Advisor.builder().asOf(AS_OF).build();
    }

    private static AuditRequest stream(String name, String text) {
        return AuditRequest.of(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void streamsAuditedTogetherGiveTheFolderAudit() throws IOException {
        Path a = Path.of("samples/csapa-ch-montval.yaml");
        Path b = Path.of("samples/hopital-ch-montval.yaml");
        PortfolioReport files = advisor.auditAll(List.of(a, b));
        PortfolioReport same = advisor.auditTogether(List.of(stream(b.toString(), Files.readString(b)),
                stream(a.toString(), Files.readString(a))));
        assertThat(same.toJson()).isEqualTo(files.toJson());
        assertThat(same.portfolioFindings()).isNotEmpty();
    }

    @Test
    void aRunHasOneDateAndOneLanguage() {
        assertThatThrownBy(() -> advisor.auditTogether(List.of(stream("a.yaml", "x: 1").asOf(AS_OF),
                stream("b.yaml", "x: 1").asOf(AS_OF.plusDays(1))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different dates");
        assertThatThrownBy(() -> advisor.auditTogether(List.of(stream("a.yaml", "x: 1").language(Language.EN),
                stream("b.yaml", "x: 1").language(Language.FR)))).hasMessageContaining("different languages");
    }

    @Test
    void aStreamIsReadAsTheCallerSaysWhateverItsName() {
        String json = "{\"format\": \"mssante-setup/1\", \"structure\": {\"name\": \"X\", \"finess\": \"940033335\","
                + " \"category\": \"EHPAD\"}, \"deployment\": {\"deployed\": true}}";
        Report asJson = advisor.audit(stream("request", json).json(true));
        assertThat(asJson.readable()).isTrue();
        Report asYaml = advisor.audit(stream("request.json", "format: mssante-setup/1\nstructure: {name: X}\n").json(false));
        assertThat(asYaml.errors()).noneMatch(e -> e.message().contains("JSON"));
        assertThatThrownBy(() -> AuditRequest.of(Path.of("a.yaml")).json(true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReportIsWrittenInEveryFormatOfTheCommandLine() {
        Report report = advisor.audit(Path.of("samples/ehpad-les-charmilles.yaml"));
        assertThat(Report.formats()).contains("text", "json", "markdown", "html", "junit");
        assertThat(report.render("json")).isEqualTo(report.toJson());
        assertThat(report.render("html")).startsWith("<!DOCTYPE html>");
        assertThat(report.render("TEXT")).contains("EHPAD Les Charmilles");
        assertThatThrownBy(() -> report.render("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("json");
    }

    @Test
    void theCatalogueAndExplanationsAreTheCommandLines() {
        assertThat(advisor.rulesJson(Language.EN)).startsWith("{").contains("\"lang\" : \"en\"", "FWD-AUTOMATIC");
        assertThat(advisor.explainJson(" fwd-automatic ", Language.FR)).contains("\"id\" : \"FWD-AUTOMATIC\"",
                "\"example\" : {");
        assertThatThrownBy(() -> advisor.explainJson("FWD-AUTOMATC", Language.FR))
                .isInstanceOfSatisfying(UnknownRuleException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("FWD-AUTOMATC");
                    assertThat(e.suggestion()).contains("FWD-AUTOMATIC");
                });
        assertThat(Advisor.schemaJson()).contains("\"$schema\"", "mssante-setup/1");
    }

    @Test
    void theReadingLimitIsTheCommandLines() {
        Advisor small = Advisor.builder().maxFileSize(100).build();
        Report big = small.audit(stream("big.yaml", "format: mssante-setup/1\n#" + "x".repeat(200) + "\n"));
        assertThat(big.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("100 o"));
        assertThatThrownBy(() -> Advisor.builder().maxFileSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
