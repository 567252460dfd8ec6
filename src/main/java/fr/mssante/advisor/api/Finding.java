package fr.mssante.advisor.api;

import java.time.LocalDate;

/**
 * One finding, as in the JSON report: the rule, what it is about, where in the setup (line and column
 * are 0 for a setup built in memory) and the texts in the report's language.
 *
 * @param subject       {@code structure}, or the id of a professional, mailbox or exchange
 * @param path          where in the setup tree, e.g. {@code mailboxes[0].forwarding[0]}
 * @param reference     the FAQ question the rule comes from
 * @param waived        accepted by an acknowledgement still in force: not counted in the verdict
 * @param waiverReason  the acknowledgement's reason when waived, else null
 * @param waiverUntil   the acknowledgement's end date when waived (the finding counts again after it), else null
 * @param baselineState against the audit's baseline ({@link AuditRequest#baseline(java.nio.file.Path)}), or
 *                      null when it had none
 */
public record Finding(String ruleId, Severity severity, String subject, String path, int line, int column,
                      String title, String message, String recommendation, String reference,
                      boolean waived, String waiverReason, LocalDate waiverUntil, BaselineState baselineState) {

    /** A finding of an audit without a baseline. */
    public Finding(String ruleId, Severity severity, String subject, String path, int line, int column,
                   String title, String message, String recommendation, String reference,
                   boolean waived, String waiverReason, LocalDate waiverUntil) {
        this(ruleId, severity, subject, path, line, column, title, message, recommendation, reference, waived,
                waiverReason, waiverUntil, null);
    }

    /** A finding without a waiver end date (the form of earlier versions). */
    public Finding(String ruleId, Severity severity, String subject, String path, int line, int column,
                   String title, String message, String recommendation, String reference,
                   boolean waived, String waiverReason) {
        this(ruleId, severity, subject, path, line, column, title, message, recommendation, reference, waived,
                waiverReason, null);
    }

    /** True when this finding counts in the verdict: not waived, and not already in the audit's baseline. */
    boolean counts() {
        return !waived && baselineState != BaselineState.UNCHANGED && baselineState != BaselineState.FIXED;
    }
}
