package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pack-level checks beyond compilation: every rule identified once, with a subject kind and texts in
 * both languages; no texts for a rule that does not exist. They do not stop an audit.
 */
final class PackChecks {

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
                    problems.add(at(r, "règle " + r.id() + " : aucun texte « " + lang.code()
                            + " » dans un messages.yaml / no \"" + lang.code() + "\" texts in a messages.yaml"));
                } else {
                    List<String> missing = missingFields(texts.get());
                    if (!missing.isEmpty()) {
                        // Pointed at the rule's entry in messages.yaml: that is where the analyst adds them.
                        PackProblem where = messages.declaredIn().get(r.id());
                        String text = "règle " + r.id() + " : texte(s) « " + lang.code() + " » manquant(s) : "
                                + String.join(", ", missing) + " / missing \"" + lang.code() + "\" text(s)";
                        problems.add(where == null ? at(r, text)
                                : new PackProblem(where.file(), where.line(), where.column(), text, false));
                    }
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

    /** The required fields left out or blank, in the order messages.yaml lists them. */
    private static List<String> missingFields(RuleTexts t) {
        List<String> missing = new ArrayList<>();
        if (blank(t.title())) {
            missing.add("title");
        }
        if (blank(t.message())) {
            missing.add("message");
        }
        if (blank(t.recommendation())) {
            missing.add("recommendation");
        }
        if (blank(t.reference())) {
            missing.add("reference");
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static PackProblem at(RuleInfo r, String message) {
        return new PackProblem(r.file(), r.line(), 1, message, false);
    }
}
