package org.example.dui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.AdvisorException;
import fr.mssante.advisor.api.AuditRequest;
import fr.mssante.advisor.api.Eligibility;
import fr.mssante.advisor.api.Finding;
import fr.mssante.advisor.api.Language;
import fr.mssante.advisor.api.PortfolioReport;
import fr.mssante.advisor.api.Report;
import fr.mssante.advisor.api.Severity;
import fr.mssante.advisor.api.SetupModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that embeds the advisor, as a DUI vendor would: it only sees {@code fr.mssante.advisor.api}
 * (ApiSurfaceTest checks this file imports nothing else from the project).
 */
class EmbeddingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final Advisor ADVISOR = Advisor.builder().asOf(AS_OF).build();

    @TempDir
    Path dir;

    /** A small EHPAD that follows the FAQ: one organisational mailbox with its responsible and users. */
    private static SetupModel.Builder ehpad() {
        return SetupModel.builder()
                .name("ehpad-tournesols")
                .structure("EHPAD Les Tournesols", "940033335", "EHPAD")
                .structureField("usageProtocol", true)
                .structureField("documentIntegration", true)
                .deployed(true)
                .professional(Map.of("id", "p-medco", "profession", "MEDECIN", "role", "COORDINATION",
                        "rpps", "10001000099", "registeredBy", "ORDER", "card", "CPS"))
                .mailbox(Map.of("id", "bal-soins", "address", "soins@ehpad-tournesols.mssante.fr", "type", "ORG",
                        "operator", "Opérateur Régional", "responsible", "p-medco",
                        "authorizedUsers", List.of("p-medco"), "clients", List.of("DUI")));
    }

    @Test
    void aSetupBuiltInCodeThatFollowsTheFaqHasNoError() {
        Report report = ADVISOR.audit(ehpad().build());
        assertThat(report.readable()).isTrue();
        assertThat(report.source()).isEqualTo("ehpad-tournesols");
        assertThat(report.structureName()).isEqualTo("EHPAD Les Tournesols");
        assertThat(report.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(report.hasFindingsAtLeast(Severity.ERROR)).isFalse();
        assertThat(report.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void aForwardingOutsideTheTrustSpaceIsAnErrorWithItsPathInTheModel() {
        SetupModel model = ehpad().mailbox(Map.of("id", "bal-accueil", "address", "accueil@ehpad-tournesols.mssante.fr",
                "type", "ORG", "responsible", "p-medco", "authorizedUsers", List.of("p-medco"),
                "forwarding", List.of(Map.of("to", "direction@gmail.com")))).build();
        Report report = ADVISOR.audit(model);
        Finding forwarding = report.findings().stream().filter(f -> f.ruleId().equals("FWD-OUTSIDE-TRUST-SPACE"))
                .findFirst().orElseThrow();
        assertThat(forwarding.severity()).isEqualTo(Severity.ERROR);
        assertThat(forwarding.subject()).isEqualTo("bal-accueil");
        assertThat(forwarding.path()).isEqualTo("mailboxes[1].forwarding[0]");
        assertThat(forwarding.line()).as("no line for a model built in memory").isZero();
        assertThat(forwarding.message()).contains("direction@gmail.com");
        assertThat(report.summary().errors()).isPositive();
        assertThat(report.hasFindingsAtLeast(Severity.ERROR)).isTrue();
    }

    @Test
    void aMistakeInTheModelIsAnInputErrorWithItsPathAndASuggestion() {
        SetupModel model = ehpad().mailbox(Map.of("id", "bal-x", "address", "x@ehpad-tournesols.mssante.fr",
                "type", "ORG", "fowarding", List.of())).build();
        Report report = ADVISOR.audit(model);
        assertThat(report.readable()).isFalse();
        assertThat(report.findings()).isEmpty();
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("mailboxes[1].fowarding");
            assertThat(e.message()).contains("forwarding");
            assertThat(e.line()).isZero();
        });
    }

    @Test
    void filesAndStreamsAreAuditedWithLinesAndColumns() throws Exception {
        Report fromFile = ADVISOR.audit(Path.of("samples/ssiad-val-de-sevre.yaml"));
        byte[] bytes = Files.readAllBytes(Path.of("samples/ssiad-val-de-sevre.yaml"));
        Report fromStream = ADVISOR.audit(AuditRequest.of("ssiad.yaml", new ByteArrayInputStream(bytes)));
        assertThat(fromFile.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.line()).isPositive());
        assertThat(fromStream.findings()).isEqualTo(fromFile.findings());
        assertThat(fromStream.source()).isEqualTo("ssiad.yaml");
    }

    @Test
    void theRequestMayChangeTheDateAndTheLanguage() {
        Path sample = Path.of("samples/saad-les-aubepines.yaml");
        Report french = ADVISOR.audit(sample);
        Report english = ADVISOR.audit(AuditRequest.of(sample).language(Language.EN));
        Report later = ADVISOR.audit(AuditRequest.of(sample).asOf(LocalDate.of(2027, 1, 1)));
        assertThat(french.findings().get(0).title()).isNotEqualTo(english.findings().get(0).title());
        assertThat(french.findings()).extracting(Finding::ruleId)
                .containsExactlyElementsOf(english.findings().stream().map(Finding::ruleId).toList());
        // The waiver of the sample runs until 2026-06-30: in 2027 it no longer applies.
        assertThat(french.summary().waived()).isEqualTo(1);
        assertThat(later.summary().waived()).isZero();
        assertThat(later.findings()).extracting(Finding::ruleId).contains("ACK-EXPIRED");
    }

    @Test
    void theReportObjectHoldsWhatTheJsonReportSays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path sample : List.of(Path.of("samples/hopital-ch-montval.yaml"), Path.of("samples/saad-les-aubepines.yaml"),
                Path.of("samples/mas-le-clos-fleuri.yaml"))) {
            Report report = ADVISOR.audit(sample);
            JsonNode tree = json.readTree(report.toJson());
            assertThat(tree.get("source").asText()).isEqualTo(report.source());
            assertThat(tree.get("eligibility").asText()).isEqualTo(report.eligibility().name());
            assertThat(tree.at("/structure/finess").asText()).isEqualTo(report.structureFiness());
            assertThat(tree.at("/summary/ERROR").asInt()).isEqualTo(report.summary().errors());
            assertThat(tree.at("/summary/waived").asInt()).isEqualTo(report.summary().waived());
            assertThat(tree.get("findings")).hasSize(report.findings().size());
            for (int i = 0; i < report.findings().size(); i++) {
                Finding f = report.findings().get(i);
                JsonNode n = tree.get("findings").get(i);
                assertThat(List.of(n.get("ruleId").asText(), n.get("severity").asText(), n.get("subject").asText(),
                        n.get("path").asText(), n.get("line").asInt(), n.get("column").asInt(), n.get("title").asText(),
                        n.get("message").asText(), n.get("recommendation").asText(), n.get("reference").asText(),
                        n.get("waived").asBoolean()))
                        .containsExactly(f.ruleId(), f.severity().name(), f.subject(), f.path(), f.line(), f.column(),
                                f.title(), f.message(), f.recommendation(), f.reference(), f.waived());
            }
        }
    }

    @Test
    void severalFilesAreAlsoCheckedTogether() throws Exception {
        PortfolioReport all = ADVISOR.auditAll(List.of(Path.of("samples")));
        assertThat(all.reports()).hasSize(14);
        assertThat(all.reports()).extracting(Report::source).isSorted();
        assertThat(all.portfolioFindings()).anySatisfy(p -> {
            assertThat(p.finding().ruleId()).isEqualTo("PORT-APP-PER-ESTABLISHMENT");
            assertThat(p.sources()).containsExactly("samples/csapa-ch-montval.yaml", "samples/hopital-ch-montval.yaml");
        });
        JsonNode tree = new ObjectMapper().readTree(all.toJson());
        assertThat(tree.get("reports")).hasSize(14);
        assertThat(tree.at("/portfolio/findings")).hasSize(all.portfolioFindings().size());
    }

    @Test
    void theOfficialWhitelistCanReplaceTheDefaultTrustSpace() {
        Path whitelist = Path.of("../shared/data/listeblanchemssante-2025-03-13.xml");
        assumeTrue(Files.isRegularFile(whitelist), "official whitelist not available beside the project");
        Advisor strict = Advisor.builder().trustList(whitelist).asOf(AS_OF).build();
        Report report = strict.audit(ehpad().build());
        assertThat(report.trustList().generatedAt()).isEqualTo("2025-03-13T14:54:10Z");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("BAL-OUTSIDE-TRUST-SPACE");
        assertThat(ADVISOR.audit(ehpad().build()).trustList()).isNull();
    }

    @Test
    void anUnusableRulePackOrWhitelistIsReportedWhenTheAdvisorIsBuilt() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/broken"));
        Files.writeString(dir.resolve("rules/pack.yaml"), "name: cassé\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"x\"\nwhen\n  (((\nthen\nend\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Advisor.builder().rules(dir.resolve("rules")).build())
                .isInstanceOf(AdvisorException.class)
                .satisfies(e -> assertThat(((AdvisorException) e).problems()).anySatisfy(p ->
                        assertThat(p).contains("broken.drl:")));
        assertThatThrownBy(() -> Advisor.builder().trustList(dir.resolve("absent.xml")).build())
                .isInstanceOf(AdvisorException.class).hasMessageContaining("absent.xml");
    }

    @Test
    void oneAdvisorIsSharedByThreads() throws Exception {
        List<Path> samples = List.of(Path.of("samples/ssiad-val-de-sevre.yaml"), Path.of("samples/ime-les-moulins.yaml"),
                Path.of("samples/pharmacie-du-marche.yaml"), Path.of("samples/dac-rives-et-coteaux.yaml"));
        List<String> sequential = samples.stream().map(s -> ADVISOR.audit(s).toJson()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (Path s : samples) {
                    futures.add(pool.submit(() -> ADVISOR.audit(s).toJson()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % samples.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
