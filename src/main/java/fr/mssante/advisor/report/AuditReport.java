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
 */
public record AuditReport(String source, LocalDate asOf, String structureName, String finess,
                          Eligibility eligibility, List<ReportedFinding> findings, List<ReportedError> errors,
                          List<RuleFailure> ruleFailures, TrustList trustList) {

    public AuditReport(String source, LocalDate asOf, String structureName, String finess, Eligibility eligibility,
                       List<ReportedFinding> findings, List<ReportedError> errors, List<RuleFailure> ruleFailures) {
        this(source, asOf, structureName, finess, eligibility, findings, errors, ruleFailures, null);
    }

    public AuditReport {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        ruleFailures = List.copyOf(ruleFailures);
    }

    /** Counts of findings not waived by severity, and of waived ones. */
    public Map<String, Integer> summary() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            out.put(s.name(), (int) findings.stream().filter(f -> !f.waived() && f.severity() == s).count());
        }
        out.put("waived", (int) findings.stream().filter(ReportedFinding::waived).count());
        return out;
    }

    public boolean readable() {
        return errors.isEmpty();
    }
}
