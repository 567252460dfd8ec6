package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.findings.BaselineState;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run is matched with a baseline: by structure, rule and subject, never by line. */
class BaselineTest {

    @TempDir
    Path dir;

    @Test
    void twoFindingsOfOneRuleOnOneSubjectPairUpByPathThenByOrder() throws Exception {
        Baseline baseline = baseline(report("a.yaml", "940033335",
                finding("FWD-OUTSIDE-TRUST-SPACE", "bal-soins", "mailboxes[0].forwarding[0]", 31),
                finding("FWD-OUTSIDE-TRUST-SPACE", "bal-soins", "mailboxes[0].forwarding[1]", 32)));
        // One forwarding removed (the first); the other moved to index 0 and to another line.
        AuditReport now = baseline.compare(report("a.yaml", "940033335",
                finding("FWD-OUTSIDE-TRUST-SPACE", "bal-soins", "mailboxes[0].forwarding[0]", 40)));
        assertThat(now.findings()).extracting(ReportedFinding::baselineState).containsExactly(BaselineState.UNCHANGED);
        assertThat(now.fixed()).extracting(ReportedFinding::path).containsExactly("mailboxes[0].forwarding[1]");
        assertThat(now.summary()).containsEntry("new", 0).containsEntry("fixed", 1);
    }

    @Test
    void aStructureWhoseFinessWasAddedOrCorrectedIsFoundByItsFileName() throws Exception {
        Baseline baseline = baseline(report("dir/a.yaml", null,
                finding("ELIG-FINESS-MISSING", "structure", "structure", 3),
                finding("GOV-NO-USAGE-PROTOCOL", "structure", "structure", 3)));
        AuditReport now = baseline.compare(report("elsewhere/a.yaml", "940033335",
                finding("GOV-NO-USAGE-PROTOCOL", "structure", "structure", 3)));
        assertThat(now.findings()).extracting(ReportedFinding::baselineState).containsExactly(BaselineState.UNCHANGED);
        assertThat(now.fixed()).extracting(ReportedFinding::ruleId).containsExactly("ELIG-FINESS-MISSING");
        assertThat(baseline.notAudited()).isEmpty();
    }

    @Test
    void anotherStructureIsAllNewAndTheBaselineOnesAreNotAudited() throws Exception {
        Baseline baseline = baseline(report("a.yaml", "940033335", finding("BAL-ORG-MISSING", "structure", "", 1)));
        AuditReport now = baseline.compare(report("b.yaml", "750000000", finding("BAL-ORG-MISSING", "structure", "", 1)));
        assertThat(now.findings()).extracting(ReportedFinding::baselineState).containsExactly(BaselineState.NEW);
        assertThat(now.fixed()).isEmpty();
        assertThat(baseline.notAudited()).containsExactly("a.yaml");
    }

    @Test
    void anUnreadableFileNowSaysNothingFixed() throws Exception {
        Baseline baseline = baseline(report("a.yaml", "940033335", finding("BAL-ORG-MISSING", "structure", "", 1)));
        AuditReport broken = new AuditReport("a.yaml", LocalDate.of(2026, 1, 15), null, "940033335", null, List.of(),
                List.of(new ReportedError("x", "", 1, 1)), List.of());
        assertThat(baseline.compare(broken).fixed()).isEmpty();
        assertThat(baseline.notAudited()).isEmpty();
    }

    @Test
    void portfolioFindingsAreComparedOnlyWhenThePortfolioRulesRan() throws Exception {
        ReportedFinding dup = finding("PORT-DUPLICATE-FINESS", "940033335", "", 0);
        AuditRun before = new AuditRun(List.of(report("a.yaml", "940033335"), report("b.yaml", "940033335")),
                new Portfolio(List.of(new AuditRun.PortfolioFinding(dup, List.of("a.yaml", "b.yaml"))), List.of()),
                List.of(), false);
        Path file = dir.resolve("several.json");
        Files.writeString(file, new JsonRenderer().render(before, Lang.FR));
        Baseline baseline = Baseline.read(file);
        assertThat(baseline.compare(Portfolio.NONE, false).fixed()).isEmpty();
        assertThat(baseline.compare(new Portfolio(List.of(), List.of()), true).fixed())
                .extracting(p -> p.finding().ruleId()).containsExactly("PORT-DUPLICATE-FINESS");
        Portfolio again = baseline.compare(before.portfolio(), true);
        assertThat(again.findings()).extracting(p -> p.finding().baselineState()).containsExactly(BaselineState.UNCHANGED);
    }

    @Test
    void aFixedFindingThatWasWaivedKeepsItsWaiverAndItsEndDate() throws Exception {
        ReportedFinding waived = new ReportedFinding("FWD-AUTOMATIC", Severity.WARNING, "bal-soins",
                "mailboxes[0].forwarding[0]", 12, 5, "titre", "message", "correction", "FAQ", true, "en cours",
                LocalDate.of(2026, 6, 30), null);
        AuditReport now = baseline(report("a.yaml", "940033335", waived)).compare(report("a.yaml", "940033335"));
        assertThat(now.fixed()).singleElement().satisfies(f -> {
            assertThat(f.waiverReason()).isEqualTo("en cours");
            assertThat(f.waiverUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(new JsonRenderer().render(new AuditRun(List.of(now), Portfolio.NONE, List.of(), true), Lang.FR))
                .contains("\"waiverUntil\" : \"2026-06-30\"");
    }

    private Baseline baseline(AuditReport report) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, new JsonRenderer().render(new AuditRun(List.of(report), Portfolio.NONE, List.of(), true),
                Lang.FR));
        return Baseline.read(file);
    }

    private static AuditReport report(String source, String finess, ReportedFinding... findings) {
        return new AuditReport(source, LocalDate.of(2026, 1, 15), "EHPAD Test", finess, Eligibility.ELIGIBLE,
                List.of(findings), List.of(), List.of());
    }

    private static ReportedFinding finding(String rule, String subject, String path, int line) {
        return new ReportedFinding(rule, Severity.ERROR, subject, path, line, 5, "titre", "message", "correction",
                "FAQ", false, null);
    }
}
