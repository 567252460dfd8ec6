package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import java.util.List;

/**
 * What the portfolio rules gave on the structures of a run taken together: their findings, and the
 * portfolio rules that broke while running (named with their file and line, like a report's).
 */
public record Portfolio(List<AuditRun.PortfolioFinding> findings, List<RuleFailure> ruleFailures) {

    /** Fewer than two structures: the portfolio rules do not run. */
    public static final Portfolio NONE = new Portfolio(List.of(), List.of());

    public Portfolio {
        findings = List.copyOf(findings);
        ruleFailures = List.copyOf(ruleFailures);
    }

    public boolean isEmpty() {
        return findings.isEmpty() && ruleFailures.isEmpty();
    }
}
