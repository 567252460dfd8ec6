package fr.mssante.advisor.cli;

import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.BatchAuditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.Baseline;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.report.ReportStream;
import fr.mssante.advisor.report.RunTotals;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code audit} of several files in a format that streams (JSON, text): the files are audited over
 * the cores and each report is written as soon as it is ready, in source order, with a progress line
 * on a terminal. Returns the totals the exit status needs.
 */
final class BatchOutput {

    private BatchOutput() {
    }

    /** @param baseline the run's {@code --baseline}, or null: each report is compared with it as it comes */
    static RunTotals write(Auditor auditor, List<Path> files, AuditOptions options, ReportStream.Streamable format,
                           Writer out, boolean quiet, Baseline baseline) throws IOException {
        RunTotals totals = new RunTotals();
        TerminalProgress progress = TerminalProgress.forBatch(quiet);
        int[] done = {0};
        Lang lang = options.lang();
        ReportStream stream = format.open(out, lang);
        Portfolio portfolio;
        try {
            portfolio = new BatchAuditor(auditor).run(files, options, audited -> {
                AuditReport report = baseline == null ? audited : baseline.compare(audited);
                stream.report(report);
                totals.add(report);
                progress.files(++done[0], files.size());
            });
        } finally {
            progress.finish();
        }
        if (baseline != null) {
            portfolio = baseline.compare(portfolio, totals.files() - totals.unreadable() >= 2);
        }
        totals.addPortfolio(portfolio);
        stream.end(portfolio, totals);
        return totals;
    }
}
