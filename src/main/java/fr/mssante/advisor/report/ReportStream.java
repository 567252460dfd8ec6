package fr.mssante.advisor.report;

import java.io.IOException;
import java.io.Writer;
import fr.mssante.advisor.i18n.Lang;
import java.util.List;

/**
 * A report of many files written as it goes: each file's report as soon as it is ready (in the run's
 * order, sorted by source), then the portfolio and the summary. What it writes for a run is exactly
 * what the format's {@link Renderer} gives for the same run held in memory.
 */
public interface ReportStream {

    void report(AuditReport report) throws IOException;

    /** Ends the report; {@code totals} counted every report given. Flushes, does not close. */
    void end(Portfolio portfolio, RunTotals totals) throws IOException;

    /** A format whose report of several files can be streamed. */
    interface Streamable extends Renderer {

        /** Starts a report of several files on {@code out}. */
        ReportStream open(Writer out, Lang lang) throws IOException;
    }
}
