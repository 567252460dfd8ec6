package fr.mssante.advisor.api;

import java.util.List;
import java.util.function.Supplier;

/**
 * The audit of several setups: one report each, sorted by source, and the findings of the portfolio
 * rules on all readable setups together (with the portfolio rules that broke while running, if any).
 * {@link #toJson()} gives the JSON of the command line for several files
 * ({@code {"reports": [...], "portfolio": {"findings": [...], "ruleFailures": [...]}}}).
 */
public final class PortfolioReport {

    private final List<Report> reports;
    private final List<PortfolioFinding> portfolioFindings;
    private final List<RuleFailure> portfolioRuleFailures;
    private final Supplier<String> json;
    private final Supplier<String> sarif;

    PortfolioReport(List<Report> reports, List<PortfolioFinding> portfolioFindings,
                    List<RuleFailure> portfolioRuleFailures, Supplier<String> json, Supplier<String> sarif) {
        this.reports = List.copyOf(reports);
        this.portfolioFindings = List.copyOf(portfolioFindings);
        this.portfolioRuleFailures = List.copyOf(portfolioRuleFailures);
        this.json = json;
        this.sarif = sarif;
    }

    public List<Report> reports() {
        return reports;
    }

    public List<PortfolioFinding> portfolioFindings() {
        return portfolioFindings;
    }

    /** Portfolio rules that broke while running (the command line exits with 3 for them); usually empty. */
    public List<RuleFailure> portfolioRuleFailures() {
        return portfolioRuleFailures;
    }

    /** True when a finding not waived, in any report or across structures, is {@code threshold} or more serious. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return reports.stream().anyMatch(r -> r.hasFindingsAtLeast(threshold)) || portfolioFindings.stream()
                .anyMatch(p -> !p.finding().waived() && p.finding().severity().atLeast(threshold));
    }

    public String toJson() {
        return json.get();
    }

    /** The command line's {@code --format sarif} for these files: one SARIF 2.1.0 run, portfolio included. */
    public String toSarif() {
        return sarif.get();
    }

    @Override
    public String toString() {
        return "PortfolioReport[" + reports.size() + " report(s), " + portfolioFindings.size() + " portfolio finding(s)]";
    }
}
