package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.AuditRequest;
import fr.mssante.advisor.api.BaselineState;
import fr.mssante.advisor.api.Eligibility;
import fr.mssante.advisor.api.Finding;
import fr.mssante.advisor.api.Language;
import fr.mssante.advisor.api.Report;
import fr.mssante.advisor.api.SetupModel;
import fr.mssante.advisor.api.Severity;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A portal checks a structure described in its own database, built in code, through the public API only. */
class PortalTest {

    private static final Advisor ADVISOR = Advisor.builder().language(Language.EN).asOf(LocalDate.of(2026, 1, 15))
            .build();

    private static SetupModel.Builder ssiad() {
        return SetupModel.builder()
                .name("portal:ssiad-42")
                .structure("SSIAD Les Tilleuls", "940033335", "SSIAD")
                .structureField("usageProtocol", true)
                .structureField("documentIntegration", true)
                .deployed(true)
                .professional(Map.of("id", "p-ide", "profession", "INFIRMIER", "role", "COORDINATION",
                        "rpps", "10001000099", "registeredBy", "ORDER", "card", "CPS"))
                .mailbox(Map.of("id", "bal-soins", "address", "soins@ssiad-tilleuls.mssante.fr", "type", "ORG",
                        "operator", "Opérateur Régional", "responsible", "p-ide",
                        "authorizedUsers", List.of("p-ide"), "clients", List.of("DUI")));
    }

    @Test
    void aCompliantStructureHasNoError() {
        Report report = ADVISOR.audit(ssiad().build());
        assertEquals(Eligibility.ELIGIBLE, report.eligibility());
        assertFalse(report.hasFindingsAtLeast(Severity.ERROR), report.toJson());
    }

    @Test
    void prescriptionsByOrdinaryEmailAreReported() {
        Report report = ADVISOR.audit(ssiad().exchange(Map.of("id", "ex-pharmacie", "partner", "Pharmacie du Centre",
                "partnerType", "PHARMACY", "channel", "STANDARD_EMAIL", "address", "pharmacie@example.org",
                "content", "PRESCRIPTION", "direction", "SEND")).build());
        Finding finding = report.findings().stream().filter(f -> f.ruleId().equals("ECH-PRESCRIPTION-STANDARD-EMAIL"))
                .findFirst().orElseThrow(() -> new AssertionError(report.toJson()));
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("exchanges[0]", finding.path().replaceAll("\\..*", ""));
        assertTrue(report.toJson().contains("ECH-PRESCRIPTION-STANDARD-EMAIL"));
    }

    @Test
    void theReportKeptFromTheLastCheckTellsWhatIsNew() {
        String lastCheck = ADVISOR.audit(ssiad().build()).toJson();    // what the portal stored last time
        Report now = ADVISOR.audit(AuditRequest.of(ssiad().exchange(Map.of("id", "ex-pharmacie",
                "partner", "Pharmacie du Centre", "partnerType", "PHARMACY", "channel", "STANDARD_EMAIL",
                "address", "pharmacie@example.org", "content", "PRESCRIPTION", "direction", "SEND")).build())
                .baseline("last-check", new StringReader(lastCheck)));
        List<String> news = now.findings().stream().filter(f -> f.baselineState() == BaselineState.NEW)
                .map(Finding::ruleId).toList();
        assertTrue(news.contains("ECH-PRESCRIPTION-STANDARD-EMAIL"), now.toJson());
        assertTrue(now.fixed().isEmpty(), now.toJson());
        assertTrue(now.hasFindingsAtLeast(Severity.ERROR), "the new prescription by email counts");

        Report unchanged = ADVISOR.audit(AuditRequest.of(ssiad().build())
                .baseline("last-check", new StringReader(lastCheck)));
        assertFalse(unchanged.hasFindingsAtLeast(Severity.INFO), "nothing new since the last check");
    }
}
