package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF report of every sample, alone and all together, and of the hand-made fixture (input errors,
 * a failed rule, a waiver, a portfolio finding): valid against the official schema, loaded by a real SARIF
 * reader, and saying what the JSON report says.
 */
class SarifRendererTest {

    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(TestPacks.SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleValidatesAndLoadsWithOneResultPerFindingAtItsPlace(Path sample) {
        AuditRun run = TestPacks.auditor().auditFiles(List.of(sample), true, OPTIONS);
        Run sarif = only(SarifReports.validAndLoaded(new SarifRenderer().render(run, Lang.FR)));
        AuditReport report = run.reports().get(0);
        assertThat(sarif.getResults()).hasSameSizeAs(report.findings());
        assertThat(sarif.getTool().getDriver().getRules()).extracting(ReportingDescriptor::getId)
                .containsExactlyInAnyOrderElementsOf(TestPacks.pack().sortedRules().stream().map(r -> r.id()).toList());
        // ruleIndex points into the rules array as written (the reader keeps them in a set).
        var rules = SarifReports.tree(new SarifRenderer().render(run, Lang.FR)).at("/runs/0/tool/driver/rules");
        for (int i = 0; i < report.findings().size(); i++) {
            ReportedFinding f = report.findings().get(i);
            Result r = sarif.getResults().get(i);
            assertThat(r.getRuleId()).isEqualTo(f.ruleId());
            assertThat(r.getLevel().value()).isEqualTo(SarifRenderer.level(f.severity()));
            assertThat(r.getMessage().getText()).isEqualTo(f.message());
            assertThat(rules.get(r.getRuleIndex()).path("id").asText()).isEqualTo(f.ruleId());
            Location at = r.getLocations().get(0);
            assertThat(at.getPhysicalLocation().getArtifactLocation().getUri())
                    .isEqualTo("samples/" + sample.getFileName());
            assertThat(at.getPhysicalLocation().getRegion().getStartLine()).isEqualTo(f.line());
            assertThat(at.getPhysicalLocation().getRegion().getStartColumn()).isEqualTo(f.column());
            assertThat(r.getSuppressions() == null || r.getSuppressions().isEmpty()).isEqualTo(!f.waived());
        }
        assertThat(sarif.getInvocations().get(0).getExecutionSuccessful()).isTrue();
    }

    @Test
    void theSamplesTogetherGiveTheirPortfolioFindingsToo() {
        AuditRun run = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        Run sarif = only(SarifReports.validAndLoaded(new SarifRenderer().render(run, Lang.FR)));
        int findings = run.reports().stream().mapToInt(r -> r.findings().size()).sum();
        assertThat(sarif.getResults()).hasSize(findings + run.portfolio().findings().size());
        assertThat(sarif.getArtifacts()).hasSameSizeAs(run.reports());
    }

    @Test
    void aWaivedFindingIsAnAcceptedSuppressionWithItsReasonAndEndDate() {
        AuditRun run = TestPacks.auditor().auditFiles(List.of(TestPacks.SAMPLES.resolve("saad-les-aubepines.yaml")),
                true, OPTIONS);
        String text = new SarifRenderer().render(run, Lang.FR);
        Result waived = only(SarifReports.validAndLoaded(text)).getResults().stream()
                .filter(r -> r.getRuleId().equals("GOV-NO-USAGE-PROTOCOL")).findFirst().orElseThrow();
        Suppression s = waived.getSuppressions().iterator().next();
        assertThat(s.getKind()).isEqualTo(Suppression.Kind.IN_SOURCE);
        assertThat(s.getStatus()).isEqualTo(Suppression.Status.ACCEPTED);
        assertThat(s.getJustification()).contains("Protocole d'utilisation en cours de rédaction");
        assertThat(s.getProperties().getAdditionalProperties())
                .containsEntry("until", "2026-06-30")
                .containsEntry("untilText", "Dérogation valable jusqu'au 30 juin 2026 inclus.");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void inputErrorsAndFailedRulesAreNotificationsOfAnUnsuccessfulRun(Lang lang) {
        Run sarif = only(SarifReports.validAndLoaded(new SarifRenderer().render(ReportFixture.run(lang), lang)));
        List<Notification> notes = sarif.getInvocations().get(0).getToolExecutionNotifications();
        assertThat(sarif.getInvocations().get(0).getExecutionSuccessful()).isFalse();
        assertThat(notes).extracting(n -> n.getDescriptor().getId())
                .containsExactly("INPUT-ERROR", "INPUT-ERROR", "RULE-FAILURE");
        Notification input = notes.get(0);
        Location inputAt = input.getLocations().iterator().next();
        assertThat(inputAt.getPhysicalLocation().getArtifactLocation().getUri()).isEqualTo("samples/saad-broken.yaml");
        assertThat(inputAt.getPhysicalLocation().getRegion().getStartLine()).isEqualTo(12);
        // An error without a position points at the file alone (a region needs a line).
        assertThat(notes.get(1).getLocations().iterator().next().getPhysicalLocation().getRegion()).isNull();
        assertThat(notes.get(2).getAssociatedRule().getId()).isEqualTo("BAL-DOUBLE-INTEGRATION");
        assertThat(notes.get(2).getMessage().getText())
                .contains(lang == Lang.FR ? "n'a pas pu s'exécuter pour samples/ssiad-les-tilleuls.yaml" : "could not run for");
        // The portfolio finding points at its first structure and relates the others.
        Result portfolio = sarif.getResults().stream().filter(r -> r.getRuleId().equals("PORT-APP-PER-ESTABLISHMENT"))
                .findFirst().orElseThrow();
        assertThat(portfolio.getLocations().get(0).getPhysicalLocation().getArtifactLocation().getUri())
                .isEqualTo("samples/ehpad-clean.yaml");
        assertThat(portfolio.getRelatedLocations()).extracting(l -> l.getPhysicalLocation().getArtifactLocation().getUri())
                .containsExactly("samples/ssiad-les-tilleuls.yaml");
    }

    @Test
    void rulesAreDescribedInFrenchOrInEnglishWithLangEn() {
        AuditRun run = TestPacks.auditor().auditFiles(List.of(TestPacks.SAMPLES.resolve("ehpad-clean.yaml")), true,
                OPTIONS);
        ReportingDescriptor fr = rule(new SarifRenderer().render(run, Lang.FR), "FWD-OUTSIDE-TRUST-SPACE");
        ReportingDescriptor en = rule(new SarifRenderer().render(run, Lang.EN), "FWD-OUTSIDE-TRUST-SPACE");
        assertThat(fr.getShortDescription().getText()).isEqualTo(TestPacks.pack().messages()
                .get("FWD-OUTSIDE-TRUST-SPACE", Lang.FR).title());
        assertThat(fr.getFullDescription().getText()).isEqualTo(TestPacks.pack().messages()
                .get("FWD-OUTSIDE-TRUST-SPACE", Lang.FR).description());
        assertThat(fr.getHelp().getText()).startsWith("→ ").contains("Pourquoi : FAQ");
        assertThat(fr.getDefaultConfiguration().getLevel().value()).isEqualTo("error");
        assertThat(en.getShortDescription().getText()).isEqualTo(TestPacks.pack().messages()
                .get("FWD-OUTSIDE-TRUST-SPACE", Lang.EN).title());
        assertThat(en.getHelp().getText()).contains("Why: ");
    }

    @Test
    void setupFilesAreUrisRelativeToTheWorkingDirectoryAndEncoded() {
        Path here = Path.of("").toAbsolutePath();
        assertThat(SarifLocations.uri(here.resolve("samples/ehpad-clean.yaml").toString()))
                .isEqualTo("samples/ehpad-clean.yaml");
        assertThat(SarifLocations.uri("./samples/../samples/x.yaml")).isEqualTo("samples/x.yaml");
        assertThat(SarifLocations.uri("structures/résidence les lilas.yaml"))
                .isEqualTo("structures/r%C3%A9sidence%20les%20lilas.yaml");
        assertThat(SarifLocations.uri("/elsewhere/ehpad.yaml")).isEqualTo("file:///elsewhere/ehpad.yaml");
        assertThat(SarifLocations.uri("request")).isEqualTo("request");
    }

    @Test
    void thePublicApiGivesTheSameSarifWithThePacksRules() {
        fr.mssante.advisor.api.Advisor advisor = fr.mssante.advisor.api.Advisor.builder()
                .asOf(LocalDate.of(2026, 1, 15)).build();
        Path sample = TestPacks.SAMPLES.resolve("saad-les-aubepines.yaml");
        String api = advisor.audit(sample).toSarif();
        AuditRun run = TestPacks.auditor().auditFiles(List.of(sample), true, OPTIONS);
        // The same results; the rules differ only by where the pack's files are (jar copy or rules/).
        assertThat(SarifReports.tree(api).at("/runs/0/results"))
                .isEqualTo(SarifReports.tree(new SarifRenderer().render(run, Lang.FR)).at("/runs/0/results"));
        assertThat(only(SarifReports.validAndLoaded(api)).getTool().getDriver().getRules()).hasSize(
                TestPacks.pack().rules().size());
        String all = advisor.auditAll(List.of(TestPacks.SAMPLES)).toSarif();
        assertThat(only(SarifReports.validAndLoaded(all)).getArtifacts()).hasSizeGreaterThan(10);
    }

    @Test
    void theSchemaCheckRefusesWhatIsNotSarif() {
        assertThatThrownBy(() -> SarifReports.validAndLoaded("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": "
                + "{\"driver\": {\"name\": \"x\"}}, \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("level");
    }

    private static ReportingDescriptor rule(String sarif, String id) {
        return only(SarifReports.validAndLoaded(sarif)).getTool().getDriver().getRules().stream()
                .filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Run only(SarifSchema210 log) {
        assertThat(log.getVersion().value()).isEqualTo("2.1.0");
        assertThat(log.getRuns()).hasSize(1);
        return log.getRuns().get(0);
    }
}
