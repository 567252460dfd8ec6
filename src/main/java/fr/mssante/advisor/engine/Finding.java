package fr.mssante.advisor.engine;

import java.util.Map;

/**
 * What a rule concluded, as a fact in working memory (so that later rules, such as BAL-ORG-MISSING
 * or the waiver rules, can reason on earlier findings). Texts are added when a report is rendered.
 *
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}, from the rule's {@code @severity}
 * @param subject  {@code structure}, or the id of a professional, mailbox or exchange
 * @param path     the offending node, e.g. {@code mailboxes[1].forwarding[0]}
 * @param args     values for the placeholders of the rule's texts
 */
public record Finding(String ruleId, String severity, String subject, String path, Map<String, String> args) {

    public Finding {
        args = Map.copyOf(args);
    }
}
