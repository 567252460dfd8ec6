package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import java.util.Map;
import java.util.Optional;

/**
 * The titles, messages and recommendations of every rule, by rule id and language, as read from the
 * pack's {@code messages.yaml} files.
 *
 * @param declaredIn where each id's texts are written ({@code file:line}), for pack checks
 */
public record MessageCatalog(Map<String, Map<Lang, RuleTexts>> texts, Map<String, PackProblem> declaredIn) {

    public MessageCatalog {
        texts = Map.copyOf(texts);
        declaredIn = Map.copyOf(declaredIn);
    }

    public Optional<RuleTexts> find(String ruleId, Lang lang) {
        return Optional.ofNullable(texts.get(ruleId)).map(byLang -> byLang.get(lang));
    }

    /** The texts in {@code lang}, else in the other language, else placeholders naming the rule. */
    public RuleTexts get(String ruleId, Lang lang) {
        return find(ruleId, lang)
                .or(() -> find(ruleId, lang == Lang.FR ? Lang.EN : Lang.FR))
                .orElse(new RuleTexts(ruleId, ruleId, "", "", ""));
    }
}
