package fr.mssante.advisor.api;

import java.util.List;

/**
 * The audit of several setups: one report each, sorted by source, and the findings of the portfolio
 * rules on all readable setups together (with the portfolio rules that broke while running, if any).
 * {@link #toJson()} gives the JSON of the command line for several files
 * ({@code {"reports": [...], "portfolio": {"findings": [...], "ruleFailures": [...]}}}, with the
 * {@code fixed} lists of a baseline).
 */
public final class PortfolioReport {

    private final List<Report> reports;
    private final List<PortfolioFinding> portfolioFindings;
    private final List<PortfolioFinding> portfolioFixed;
    private final List<RuleFailure> portfolioRuleFailures;
    private final Rendering rendering;

    PortfolioReport(List<Report> reports, List<PortfolioFinding> portfolioFindings,
                    List<PortfolioFinding> portfolioFixed, List<RuleFailure> portfolioRuleFailures,
                    Rendering rendering) {
        this.reports = List.copyOf(reports);
        this.portfolioFindings = List.copyOf(portfolioFindings);
        this.portfolioFixed = List.copyOf(portfolioFixed);
        this.portfolioRuleFailures = List.copyOf(portfolioRuleFailures);
        this.rendering = rendering;
    }

    public List<Report> reports() {
        return reports;
    }

    public List<PortfolioFinding> portfolioFindings() {
        return portfolioFindings;
    }

    /**
     * With a baseline, its portfolio findings no longer found ({@link BaselineState#FIXED}); empty without
     * one, or when the portfolio rules did not run (fewer than two readable setups). Each report's own
     * fixed findings are its {@link Report#fixed()}.
     */
    public List<PortfolioFinding> portfolioFixed() {
        return portfolioFixed;
    }

    /** Portfolio rules that broke while running (the command line exits with 3 for them); usually empty. */
    public List<RuleFailure> portfolioRuleFailures() {
        return portfolioRuleFailures;
    }

    /**
     * True when a finding not waived, in any report or across structures, is {@code threshold} or more
     * serious; with a baseline, only the new ones count (as {@link Report#hasFindingsAtLeast}).
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return reports.stream().anyMatch(r -> r.hasFindingsAtLeast(threshold)) || portfolioFindings.stream()
                .anyMatch(p -> p.finding().counts() && p.finding().severity().atLeast(threshold));
    }

    public String toJson() {
        return rendering.json();
    }

    /** As {@code audit FILE... --format FORMAT} writes several files ({@link Report#formats()}). */
    public String render(String format) {
        return rendering.render(format);
    }

    /** The command line's {@code --format sarif} for these files: one SARIF 2.1.0 run, portfolio included. */
    public String toSarif() {
        return rendering.render("sarif");
    }

    @Override
    public String toString() {
        return "PortfolioReport[" + reports.size() + " report(s), " + portfolioFindings.size() + " portfolio finding(s)]";
    }
}
