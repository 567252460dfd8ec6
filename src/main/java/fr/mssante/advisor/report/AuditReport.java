package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.pack.TrustList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit of one setup file: the same content as the JSON report of the interface contract.
 * A file that could not be read has {@code errors} and no findings, eligibility or structure.
 *
 * @param ruleFailures rules of the pack that broke while running (the other findings are still here)
 * @param trustList    the official whitelist used as the trust space, or null for the pack's own data
 * @param fixed        with a baseline: its findings for this structure no longer found (as the baseline
 *                     wrote them); null when the run has no baseline
 */
public record AuditReport(String source, LocalDate asOf, String structureName, String finess,
                          Eligibility eligibility, List<ReportedFinding> findings, List<ReportedError> errors,
                          List<RuleFailure> ruleFailures, TrustList trustList, List<ReportedFinding> fixed) {

    public AuditReport(String source, LocalDate asOf, String structureName, String finess, Eligibility eligibility,
                       List<ReportedFinding> findings, List<ReportedError> errors, List<RuleFailure> ruleFailures,
                       TrustList trustList) {
        this(source, asOf, structureName, finess, eligibility, findings, errors, ruleFailures, trustList, null);
    }

    public AuditReport(String source, LocalDate asOf, String structureName, String finess, Eligibility eligibility,
                       List<ReportedFinding> findings, List<ReportedError> errors, List<RuleFailure> ruleFailures) {
        this(source, asOf, structureName, finess, eligibility, findings, errors, ruleFailures, null);
    }

    public AuditReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        ruleFailures = List.copyOf(ruleFailures);
        fixed = fixed == null ? null : List.copyOf(fixed);
    }

    /** This report compared with a baseline: its findings with their state, and the baseline's fixed ones. */
    public AuditReport compared(List<ReportedFinding> stated, List<ReportedFinding> fixedSince) {
        return new AuditReport(source, asOf, structureName, finess, eligibility, stated, errors, ruleFailures,
                trustList, fixedSince);
    }

    /** True when the run was compared with a baseline (then each finding has its state). */
    public boolean baselined() {
        return fixed != null;
    }

    /**
     * Counts of findings not waived by severity, and of waived ones; with a baseline, also of the new
     * findings not waived ({@code new}) and of the fixed ones ({@code fixed}).
     */
    public Map<String, Integer> summary() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            out.put(s.name(), (int) findings.stream().filter(f -> !f.waived() && f.severity() == s).count());
        }
        out.put("waived", (int) findings.stream().filter(ReportedFinding::waived).count());
        if (baselined()) {
            out.put("new", (int) findings.stream().filter(f -> !f.waived() && f.isNew()).count());
            out.put("fixed", fixed.size());
        }
        return out;
    }

    public boolean readable() {
        return errors.isEmpty();
    }
}
