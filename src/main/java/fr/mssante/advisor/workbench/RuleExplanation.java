package fr.mssante.advisor.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RuleTexts;
import java.util.Optional;

/**
 * What {@code explain RULE_ID} says of a rule: what it checks, its FAQ basis, how to fix, where it is
 * written, and the first scenario of the pack's {@code tests/} that makes it fire, as text, Markdown or JSON.
 *
 * @param example the first scenario expecting the rule to fire, or null when none does yet
 */
public record RuleExplanation(RuleInfo rule, RuleTexts texts, Lang lang, Scenario example) {

    /** The explanation of rule {@code id} of {@code pack}, or empty when the pack has no such rule. */
    public static Optional<RuleExplanation> of(RulePack pack, String id, Lang lang) {
        return pack.rule(id).map(r -> new RuleExplanation(r, pack.messages().get(id, lang), lang, example(pack, id)));
    }

    public String text() {
        RuleLabels labels = new RuleLabels(lang);
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(" — ").append(texts.title()).append('\n');
        out.append(fr() ? "Gravité : " : "Severity: ").append(labels.severity(rule.severity())).append(" · ")
                .append(fr() ? "sujet : " : "subject: ").append(labels.subjectKind(rule.subjectKind())).append(" · ")
                .append(fr() ? "définie dans " : "defined in ").append(definedIn()).append("\n\n");
        out.append(checksHeading()).append("\n  ").append(texts.description()).append("\n\n");
        out.append(whyHeading()).append("\n  ").append(texts.reference()).append("\n\n");
        out.append(fixHeading()).append("\n  ").append(texts.recommendation()).append("\n\n");
        if (example == null) {
            return out.append(noExample()).append('\n').toString();
        }
        out.append(exampleHeading()).append('\n');
        for (String line : exampleYaml().split("\n")) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    public String markdown() {
        RuleLabels labels = new RuleLabels(lang);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(rule.id()).append(" — ").append(texts.title()).append("\n\n");
        out.append(fr() ? "**Gravité** : " : "**Severity**: ").append(labels.severity(rule.severity())).append(" · ")
                .append(fr() ? "**sujet** : " : "**subject**: ").append(labels.subjectKind(rule.subjectKind()))
                .append(" · ").append(fr() ? "définie dans " : "defined in ").append('`').append(definedIn())
                .append("`\n\n");
        out.append("## ").append(checksHeading()).append("\n\n").append(texts.description()).append("\n\n");
        out.append("## ").append(whyHeading()).append("\n\n").append(texts.reference()).append("\n\n");
        out.append("## ").append(fixHeading()).append("\n\n").append(texts.recommendation()).append("\n\n");
        if (example == null) {
            return out.append(noExample()).append('\n').toString();
        }
        return out.append("## ").append(exampleHeading()).append("\n\n```yaml\n").append(exampleYaml())
                .append("```\n").toString();
    }

    /**
     * {@code {"id", "severity", "subjectKind", "title", "lang", "description", "reference", "recommendation",
     * "file", "line", "example": {"file", "line", "name", "setup"} | null}}: the {@code rules list} entry, then
     * the texts under their {@code messages.yaml} names, where the rule is written, and the firing setup.
     */
    public String json() {
        ObjectNode root = RuleDocs.entry(rule, texts).put("lang", lang.code())
                .put("description", texts.description()).put("reference", texts.reference())
                .put("recommendation", texts.recommendation()).put("file", rule.file()).put("line", rule.line());
        if (example == null) {
            root.putNull("example");
        } else {
            root.putObject("example").put("file", example.file()).put("line", example.line())
                    .put("name", example.name()).set("setup", example.setups().get(0).tree().root());
        }
        return Json.write(root);
    }

    private String definedIn() {
        return rule.file() + ":" + rule.line();
    }

    private String checksHeading() {
        return fr() ? "Ce qu'elle vérifie" : "What it checks";
    }

    private String whyHeading() {
        return fr() ? "Pourquoi (FAQ)" : "Why (FAQ)";
    }

    private String fixHeading() {
        return fr() ? "Comment corriger" : "How to fix";
    }

    private String exampleHeading() {
        return (fr() ? "Exemple qui la déclenche (" : "Example that fires it (") + example.file() + ":"
                + example.line() + " « " + example.name() + " »)";
    }

    private String noExample() {
        return fr() ? "Aucun scénario de tests/ ne la déclenche encore." : "No scenario in tests/ makes it fire yet.";
    }

    private String exampleYaml() {
        try {
            return Yaml.MAPPER.writeValueAsString(example.setups().get(0).tree().root());
        } catch (JsonProcessingException e) {
            return "?\n";
        }
    }

    private boolean fr() {
        return lang == Lang.FR;
    }

    /** The first scenario of the pack that expects this rule to fire, with a setup written in the scenario. */
    private static Scenario example(RulePack pack, String id) {
        ScenarioLoader.Loaded loaded = new ScenarioLoader(Auditor.of(pack).loader()).load(pack.root());
        return loaded.scenarios().stream()
                .filter(s -> s.expect().stream().anyMatch(e -> e.rule().equals(id)))
                .filter(s -> !s.setups().isEmpty() && s.setups().get(0).tree() != null)
                .findFirst().orElse(null);
    }

    /** Built on first use: a YAML mapper costs ~0.3 s cold. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // "940033335" stays a string when the example is copied into a setup file.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    }
}
