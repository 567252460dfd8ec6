package fr.mssante.advisor.findings;

import fr.mssante.advisor.pack.Severity;
import java.time.LocalDate;

/**
 * A finding as a person reads it: the rule, what it is about, where in the setup file, and the texts in
 * the report's language. {@code waived} findings were accepted by an acknowledgement still valid.
 *
 * @param waiverUntil   the last day of the acknowledgement that waives it, or null when not waived
 * @param baselineState against the run's {@code --baseline}, or null when the run has none
 */
public record ReportedFinding(String ruleId, Severity severity, String subject, String path, int line, int column,
                              String title, String message, String recommendation, String reference,
                              boolean waived, String waiverReason, LocalDate waiverUntil,
                              BaselineState baselineState) {

    /** A finding of a run without a baseline, whose waiver's end date is not known. */
    public ReportedFinding(String ruleId, Severity severity, String subject, String path, int line, int column,
                           String title, String message, String recommendation, String reference,
                           boolean waived, String waiverReason) {
        this(ruleId, severity, subject, path, line, column, title, message, recommendation, reference, waived,
                waiverReason, null, null);
    }

    public ReportedFinding withBaselineState(BaselineState state) {
        return new ReportedFinding(ruleId, severity, subject, path, line, column, title, message, recommendation,
                reference, waived, waiverReason, waiverUntil, state);
    }

    /** New since the baseline: the only findings that count in the exit status of a run with one. */
    public boolean isNew() {
        return baselineState == BaselineState.NEW;
    }
}
