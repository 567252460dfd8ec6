package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pack-level checks beyond compilation: every rule identified once, with a subject kind and texts in
 * both languages; no texts for a rule that does not exist. They do not stop an audit.
 */
final class PackChecks {

    private static final Set<String> TEXT_FIELDS = Set.of("title", "message", "recommendation", "reference");

    private PackChecks() {
    }

    static List<PackProblem> check(List<RuleInfo> rules, List<RuleInfo> unidentified, MessageCatalog messages) {
        List<PackProblem> problems = new ArrayList<>();
        for (RuleInfo r : unidentified) {
            problems.add(at(r, "la règle « " + r.ruleName() + " » n'a pas de @id / rule has no @id"));
        }
        Map<String, RuleInfo> seen = new HashMap<>();
        for (RuleInfo r : rules) {
            RuleInfo first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                problems.add(at(r, "@id " + r.id() + " déjà utilisé par « " + first.ruleName() + " » (" + first.file()
                        + ":" + first.line() + ") / duplicated @id"));
            }
            if (r.subjectKind() == null || r.subjectKind().isBlank()) {
                problems.add(at(r, "règle " + r.id() + " : @subject absent / missing @subject"));
            }
            for (Lang lang : Lang.values()) {
                var texts = messages.find(r.id(), lang);
                if (texts.isEmpty()) {
                    problems.add(at(r, "règle " + r.id() + " : aucun texte en " + lang.code()
                            + " dans un messages.yaml / no " + lang.code() + " texts"));
                } else if (missingField(texts.get())) {
                    problems.add(at(r, "règle " + r.id() + " : textes " + lang.code() + " incomplets (" + TEXT_FIELDS
                            + ") / incomplete " + lang.code() + " texts"));
                }
            }
        }
        messages.declaredIn().forEach((id, where) -> {
            if (!seen.containsKey(id)) {
                problems.add(new PackProblem(where.file(), where.line(), where.column(),
                        "textes pour « " + id + " », qui n'est l'@id d'aucune règle / texts for no rule", false));
            }
        });
        return problems;
    }

    private static boolean missingField(RuleTexts t) {
        return blank(t.title()) || blank(t.message()) || blank(t.recommendation()) || blank(t.reference());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static PackProblem at(RuleInfo r, String message) {
        return new PackProblem(r.file(), r.line(), 1, message, false);
    }
}
