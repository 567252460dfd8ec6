package fr.mssante.advisor.report;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.MessageCatalog;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RuleTexts;
import java.util.List;
import java.util.Map;

/**
 * The rules a run was audited with, and their texts in both languages: what a format that describes
 * every rule (SARIF's {@code tool.driver.rules}) needs beside the findings.
 *
 * @param rules sorted by id; empty when the run was built without its pack (a hand-made report)
 */
public record RuleCatalogue(List<RuleInfo> rules, MessageCatalog messages) {

    public static final RuleCatalogue EMPTY = new RuleCatalogue(List.of(), new MessageCatalog(Map.of(), Map.of(), Map.of()));

    public RuleCatalogue {
        rules = List.copyOf(rules);
    }

    public static RuleCatalogue of(RulePack pack) {
        return new RuleCatalogue(pack.sortedRules(), pack.messages());
    }

    public RuleTexts texts(String ruleId, Lang lang) {
        return messages.get(ruleId, lang);
    }
}
