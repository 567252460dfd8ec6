package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The titles, messages and recommendations of every rule, by rule id and language, as read from the
 * pack's {@code messages.yaml} files.
 *
 * @param declaredIn where each id's texts are written ({@code file:line}), for pack checks
 * @param fieldsAt   where each text is written, by {@link #fieldKey}, so a check points at the text itself
 */
public record MessageCatalog(Map<String, Map<Lang, RuleTexts>> texts, Map<String, PackProblem> declaredIn,
                             Map<String, PackProblem> fieldsAt) {

    public MessageCatalog {
        texts = Map.copyOf(texts);
        declaredIn = Map.copyOf(declaredIn);
        fieldsAt = Map.copyOf(fieldsAt);
    }

    /** {@code ID.lang.field}, the text's path in its messages.yaml. */
    static String fieldKey(String ruleId, Lang lang, String field) {
        return ruleId + "." + lang.code() + "." + field;
    }

    public Optional<RuleTexts> find(String ruleId, Lang lang) {
        return Optional.ofNullable(texts.get(ruleId)).map(byLang -> byLang.get(lang));
    }

    /**
     * The texts in {@code lang}, field by field: a field an analyst left out (which {@code rules check}
     * reports) is taken from the other language, and a finding never goes out without a title or a
     * message (the rule id and the title stand in for them).
     */
    public RuleTexts get(String ruleId, Lang lang) {
        RuleTexts own = find(ruleId, lang).orElse(null);
        RuleTexts other = find(ruleId, lang == Lang.FR ? Lang.EN : Lang.FR).orElse(null);
        String title = field(own, other, RuleTexts::title, ruleId);
        return new RuleTexts(title, field(own, other, RuleTexts::message, title),
                field(own, other, RuleTexts::recommendation, ""), field(own, other, RuleTexts::reference, ""),
                field(own, other, RuleTexts::description, ""));
    }

    private static String field(RuleTexts own, RuleTexts other, Function<RuleTexts, String> field, String otherwise) {
        for (RuleTexts texts : new RuleTexts[] {own, other}) {
            String value = texts == null ? null : field.apply(texts);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return otherwise;
    }
}
