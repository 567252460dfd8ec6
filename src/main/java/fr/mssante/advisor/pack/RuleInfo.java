package fr.mssante.advisor.pack;

/**
 * A rule of the loaded pack as its DRL declares it: {@code @id}, {@code @severity}, {@code @subject}
 * metadata, and where it is written (for error messages and the generated catalogue).
 *
 * @param subjectKind {@code structure}, {@code professional}, {@code mailbox}, {@code exchange}…
 * @param arguments   the placeholder names every {@code findings.report} call of the rule passes, or null
 *                    when the DRL text does not tell (names computed at run time)
 */
public record RuleInfo(String id, Severity severity, String subjectKind, String ruleName, String packageName,
                       String file, int line, java.util.Set<String> arguments) {
}
