package fr.mssante.advisor.findings;

import fr.mssante.advisor.pack.Severity;
import java.time.LocalDate;

/**
 * A finding as a person reads it: the rule, what it is about, where in the setup file, and the texts in
 * the report's language. {@code waived} findings were accepted by an acknowledgement still valid, until
 * {@code waiverUntil}: a reader must see when the finding counts again.
 */
public record ReportedFinding(String ruleId, Severity severity, String subject, String path, int line, int column,
                              String title, String message, String recommendation, String reference,
                              boolean waived, String waiverReason, LocalDate waiverUntil) {

    /** A finding with no waiver end date (not waived, or waived by a caller that does not know it). */
    public ReportedFinding(String ruleId, Severity severity, String subject, String path, int line, int column,
                           String title, String message, String recommendation, String reference,
                           boolean waived, String waiverReason) {
        this(ruleId, severity, subject, path, line, column, title, message, recommendation, reference, waived,
                waiverReason, null);
    }
}
