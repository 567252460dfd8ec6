package fr.mssante.advisor.report;

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
        report.findings().stream().filter(f -> !f.waived()).forEach(f -> worse(f.severity()));
    }

    public void addPortfolio(Portfolio portfolio) {
        portfolio.findings().stream().filter(p -> !p.finding().waived()).forEach(p -> {
            worse(p.finding().severity());
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

    public boolean hasInputErrors() {
        return unreadable > 0;
    }

    public boolean hasRuleFailures() {
        return ruleFailures;
    }

    public boolean hasFindingsAtLeast(Severity threshold) {
        return worst != null && worst.atLeast(threshold);
    }
}
