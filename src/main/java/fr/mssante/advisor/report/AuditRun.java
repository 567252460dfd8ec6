package fr.mssante.advisor.report;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.PackProblem;
import java.util.List;

/**
 * One run over one or several setup files: a report per file (sorted by source), the findings of
 * the portfolio rules on all of them together, and the pack's non-blocking problems.
 *
 * @param single true when one file was named: the JSON output is then the bare report
 * @param rules  the rules the run was audited with (SARIF describes each)
 */
public record AuditRun(List<AuditReport> reports, Portfolio portfolio, List<PackProblem> packWarnings,
                       boolean single, RuleCatalogue rules) {

    /** A run whose rules are known only by its findings. */
    public AuditRun(List<AuditReport> reports, Portfolio portfolio, List<PackProblem> packWarnings, boolean single) {
        this(reports, portfolio, packWarnings, single, RuleCatalogue.EMPTY);
    }

    public AuditRun {
        reports = List.copyOf(reports);
        packWarnings = List.copyOf(packWarnings);
        rules = rules == null ? RuleCatalogue.EMPTY : rules;
    }

    /** The same run with other reports and portfolio (compared with a baseline). */
    public AuditRun with(List<AuditReport> newReports, Portfolio newPortfolio) {
        return new AuditRun(newReports, newPortfolio, packWarnings, single, rules);
    }

    /** A portfolio finding, with the setup files it concerns. */
    public record PortfolioFinding(ReportedFinding finding, List<String> sources) {
    }
}
