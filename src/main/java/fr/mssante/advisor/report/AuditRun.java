package fr.mssante.advisor.report;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.PackProblem;
import java.util.List;

/**
 * One run over one or several setup files: a report per file (sorted by source), the findings of
 * the portfolio rules on all of them together, and the pack's non-blocking problems.
 *
 * @param single true when one file was named: the JSON output is then the bare report
 */
public record AuditRun(List<AuditReport> reports, Portfolio portfolio, List<PackProblem> packWarnings,
                       boolean single) {

    public AuditRun {
        reports = List.copyOf(reports);
        packWarnings = List.copyOf(packWarnings);
    }

    /** A portfolio finding, with the setup files it concerns. */
    public record PortfolioFinding(ReportedFinding finding, List<String> sources) {
    }
}
