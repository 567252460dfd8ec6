package fr.mssante.advisor.findings;

import fr.mssante.advisor.pack.Severity;

/**
 * A finding as a person reads it: the rule, what it is about, where in the setup file, and the texts in
 * the report's language. {@code waived} findings were accepted by an acknowledgement still valid.
 */
public record ReportedFinding(String ruleId, Severity severity, String subject, String path, int line, int column,
                              String title, String message, String recommendation, String reference,
                              boolean waived, String waiverReason) {
}
