package fr.mssante.advisor.findings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * ACK-EXPIRED and ACK-UNUSED fire once per subject (the catalogue's rule), so the one finding must name
 * every waiver of that subject it is about: none may go unmentioned. The scenario tests beside the rules
 * check which findings fire; this checks what they say and where they point.
 */
class WaiverFindingsTest {

    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.EN);

    @Test
    void oneUnusedFindingPerSubjectNamesEveryUnusedWaiverAndPointsAtTheFirst() throws IOException {
        AuditReport report = audit("""
                format: mssante-setup/1
                structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD, usageProtocol: true, documentIntegration: true}
                deployment: {deployed: true}
                mailboxes:
                  - {id: bal-a, address: "soins@ehpad-test.mssante.fr", type: ORG}
                acknowledgements:
                  - {rule: BAL-OPERATOR-MISSING, subject: bal-a, reason: "used", until: 2027-01-31}
                  - {rule: FWD-DISTRIBUTION-LIST, subject: bal-a, reason: "unused", until: 2027-01-31}
                  - {rule: FWD-AUTOMATIC, subject: bal-a, reason: "unused", until: 2027-01-31}
                """);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ACK-UNUSED")).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("bal-a");
                    assertThat(f.path()).isEqualTo("acknowledgements[1]");
                    assertThat(f.line()).isEqualTo(8);
                    assertThat(f.message()).contains("FWD-AUTOMATIC, FWD-DISTRIBUTION-LIST")
                            .doesNotContain("BAL-OPERATOR-MISSING");
                });
    }

    @Test
    void oneExpiredFindingPerSubjectNamesEveryExpiredWaiverWithItsEndDate() throws IOException {
        AuditReport report = audit("""
                format: mssante-setup/1
                structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD}
                deployment: {deployed: true}
                acknowledgements:
                  - {rule: GOV-NO-DOCUMENT-INTEGRATION, subject: structure, reason: "late", until: 2025-06-30}
                  - {rule: GOV-NO-USAGE-PROTOCOL, subject: structure, reason: "late", until: 2025-12-31}
                """);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ACK-EXPIRED")).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("acknowledgements[0].until");
                    assertThat(f.message()).contains("GOV-NO-DOCUMENT-INTEGRATION (30 June 2025)",
                            "GOV-NO-USAGE-PROTOCOL (31 December 2025)");
                });
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("GOV-NO-"))
                .hasSize(2).noneMatch(ReportedFinding::waived);
    }

    @Test
    void anExpiredWaiverSupersededByACurrentOneIsNotReported() throws IOException {
        AuditReport report = audit("""
                format: mssante-setup/1
                structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD, documentIntegration: true}
                deployment: {deployed: true}
                acknowledgements:
                  - {rule: GOV-NO-USAGE-PROTOCOL, subject: structure, reason: "first date", until: 2025-12-31}
                  - {rule: GOV-NO-USAGE-PROTOCOL, subject: structure, reason: "postponed", until: 2026-06-30}
                """);

        assertThat(report.findings()).extracting(ReportedFinding::ruleId).doesNotContain("ACK-EXPIRED", "ACK-UNUSED");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("GOV-NO-USAGE-PROTOCOL")).singleElement()
                .satisfies(f -> assertThat(f.waiverReason()).isEqualTo("postponed"));
    }

    private static AuditReport audit(String yaml) throws IOException {
        return TestPacks.auditor().audit("waivers.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), OPTIONS);
    }
}
