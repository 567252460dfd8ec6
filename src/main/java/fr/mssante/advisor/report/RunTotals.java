package fr.mssante.advisor.report;

import fr.mssante.advisor.findings.BaselineState;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;

/**
 * What a run's summary line and exit status need, counted report by report, so that a batch of
 * any size can be written as it goes without keeping its reports. Not thread-safe: one writer adds.
 */
public final class RunTotals {

    private int files;
    private int unreadable;
    private int errors;
    private int warnings;
    private int infos;
    private boolean ruleFailures;
    /** Compared with a baseline: new findings not waived, fixed ones. */
    private boolean baselined;
    private int newFindings;
    private int fixed;
    /** The most severe finding not waived, of the reports and the portfolio; null if none. */
    private Severity worst;

    public static RunTotals of(AuditRun run) {
        RunTotals totals = new RunTotals();
        run.reports().forEach(totals::add);
        totals.addPortfolio(run.portfolio());
        return totals;
    }

    public void add(AuditReport report) {
        files++;
        if (!report.readable()) {
            unreadable++;
        }
        var summary = report.summary();
        errors += summary.get(Severity.ERROR.name());
        warnings += summary.get(Severity.WARNING.name());
        infos += summary.get(Severity.INFO.name());
        ruleFailures |= !report.ruleFailures().isEmpty();
        // With a baseline, only the new findings count in the exit status.
        report.findings().stream().filter(RunTotals::counts).forEach(f -> worse(f.severity()));
        if (report.baselined()) {
            baselined = true;
            newFindings += summary.get("new");
            fixed += report.fixed().size();
        }
    }

    private static boolean counts(ReportedFinding f) {
        return !f.waived() && f.baselineState() != BaselineState.UNCHANGED;
    }

    public void addPortfolio(Portfolio portfolio) {
        if (portfolio.fixed() != null) {
            baselined = true;
            fixed += portfolio.fixed().size();
            newFindings += (int) portfolio.findings().stream().filter(p -> !p.finding().waived() && p.finding().isNew())
                    .count();
        }
        portfolio.findings().stream().filter(p -> !p.finding().waived()).forEach(p -> {
            if (counts(p.finding())) {
                worse(p.finding().severity());
            }
            switch (p.finding().severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        });
        ruleFailures |= !portfolio.ruleFailures().isEmpty();
    }

    private void worse(Severity s) {
        if (worst == null || s.atLeast(worst)) {
            worst = s;
        }
    }

    public int files() {
        return files;
    }

    public int unreadable() {
        return unreadable;
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    /** Recommendations (INFO findings) not waived, of the reports and the portfolio. */
    public int infos() {
        return infos;
    }

    /** True when the run was compared with a baseline. */
    public boolean baselined() {
        return baselined;
    }

    /** New findings not waived (reports and portfolio), against the baseline. */
    public int newFindings() {
        return newFindings;
    }

    /** The baseline's findings no longer found. */
    public int fixed() {
        return fixed;
    }

    public boolean hasInputErrors() {
        return unreadable > 0;
    }

    public boolean hasRuleFailures() {
        return ruleFailures;
    }

    /** A finding not waived (and new, with a baseline) at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return worst != null && worst.atLeast(threshold);
    }
}
