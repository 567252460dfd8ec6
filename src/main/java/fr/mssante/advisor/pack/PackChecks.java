package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.read.Suggestions;
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

    /**
     * @param textsComplete false when a messages.yaml did not parse: a rule's texts may be in it, so "no
     *                      texts" would be a knock-on error of that one (already reported)
     */
    static List<PackProblem> check(List<RuleInfo> rules, List<RuleInfo> unidentified, MessageCatalog messages,
                                   boolean textsComplete) {
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
                    if (!textsComplete) {
                        continue;
                    }
                    problems.add(at(r, "règle " + r.id() + " : aucun texte « " + lang.code()
                            + " » dans un messages.yaml / no \"" + lang.code() + "\" texts in a messages.yaml"));
                } else {
                    placeholders(r, lang, texts.get(), messages, problems);
                    List<String> missing = missingFields(texts.get());
                    if (!missing.isEmpty()) {
                        // Pointed at the rule's entry in messages.yaml: that is where the analyst adds them.
                        PackProblem where = messages.declaredIn().get(r.id());
                        String text = "règle " + r.id() + " : " + (missing.size() == 1 ? "texte" : "textes") + " « "
                                + lang.code() + " » " + (missing.size() == 1 ? "manquant" : "manquants") + " : "
                                + String.join(", ", missing) + " / missing \"" + lang.code() + "\" "
                                + (missing.size() == 1 ? "text" : "texts");
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

    /**
     * Each {@code {name}} of a text must be one the rule passes to {@code findings.report}; the reference
     * and description are never filled. Pointed at the text in messages.yaml.
     */
    private static void placeholders(RuleInfo r, Lang lang, RuleTexts t, MessageCatalog messages,
                                     List<PackProblem> problems) {
        String[][] fields = {{"title", t.title()}, {"message", t.message()}, {"recommendation", t.recommendation()},
            {"reference", t.reference()}, {"description", t.description()}};
        for (int i = 0; i < fields.length; i++) {
            boolean filled = i < 3;
            if (filled && r.arguments() == null) {
                continue;
            }
            for (String wrong : ReportArguments.unknownFormats(fields[i][1])) {
                PackProblem where = messages.fieldsAt().get(MessageCatalog.fieldKey(r.id(), lang, fields[i][0]));
                String text = "règle " + r.id() + " : " + wrong + " dans « " + lang.code() + "." + fields[i][0]
                        + " » : format inconnu (formats : " + String.join(", ", new java.util.TreeSet<>(RuleTexts.FORMATS))
                        + ") / unknown format";
                problems.add(where == null ? at(r, text)
                        : new PackProblem(where.file(), where.line(), where.column(), text, false));
            }
            for (String name : ReportArguments.placeholders(fields[i][1])) {
                if (filled && r.arguments().contains(name)) {
                    continue;
                }
                String field = fields[i][0];
                String text;
                if (!filled) {
                    text = "règle " + r.id() + " : {" + name + "} dans « " + lang.code() + "." + field
                            + " » ne sera jamais rempli (seuls title, message et recommendation le sont) / {" + name
                            + "} in " + lang.code() + "." + field + " is never filled";
                } else {
                    String passed = r.arguments().isEmpty() ? "aucun / none" : String.join(", ", r.arguments());
                    String closest = Suggestions.closest(name, r.arguments()).map(c -> "{" + c + "}").orElse(null);
                    text = "règle " + r.id() + " : {" + name + "} dans « " + lang.code() + "." + field
                            + " » n'est pas donné par findings.report (la règle donne : " + passed + ")"
                            + (closest == null ? "" : " ; vouliez-vous dire " + closest + " ?")
                            + " / {" + name + "} is not passed by the rule" + (closest == null ? ""
                            : "; did you mean " + closest + "?");
                }
                PackProblem where = messages.fieldsAt().get(MessageCatalog.fieldKey(r.id(), lang, field));
                problems.add(where == null ? at(r, text)
                        : new PackProblem(where.file(), where.line(), where.column(), text, false));
            }
        }
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
