package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import java.util.List;

/**
 * What the portfolio rules gave on the structures of a run taken together: their findings, and the
 * portfolio rules that broke while running (named with their file and line, like a report's).
 *
 * @param fixed with a baseline: its portfolio findings no longer found; null when the run has none
 */
public record Portfolio(List<AuditRun.PortfolioFinding> findings, List<RuleFailure> ruleFailures,
                        List<AuditRun.PortfolioFinding> fixed) {

    /** Fewer than two structures: the portfolio rules do not run. */
    public static final Portfolio NONE = new Portfolio(List.of(), List.of());

    public Portfolio(List<AuditRun.PortfolioFinding> findings, List<RuleFailure> ruleFailures) {
        this(findings, ruleFailures, null);
    }

    public Portfolio {
        findings = List.copyOf(findings);
        ruleFailures = List.copyOf(ruleFailures);
        fixed = fixed == null ? null : List.copyOf(fixed);
    }

    /** This portfolio compared with a baseline's. */
    public Portfolio compared(List<AuditRun.PortfolioFinding> stated, List<AuditRun.PortfolioFinding> fixedSince) {
        return new Portfolio(stated, ruleFailures, fixedSince);
    }

    public boolean isEmpty() {
        return findings.isEmpty() && ruleFailures.isEmpty() && (fixed == null || fixed.isEmpty());
    }
}
