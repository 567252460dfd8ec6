package fr.mssante.advisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RuleTexts;
import fr.mssante.advisor.setup.read.Suggestions;
import fr.mssante.advisor.workbench.Scenario;
import fr.mssante.advisor.workbench.ScenarioLoader;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code explain RULE_ID}: what a rule checks, its FAQ basis, how to fix, and a setup that makes it fire. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explique une règle : ce qu'elle vérifie, sa source dans la FAQ, la correction, un exemple.",
                "Explains a rule: what it checks, its FAQ basis, the fix, an example."})
final class ExplainCommand extends PackTextCommand {

    /** Built on first use: picocli instantiates every command at start, and a mapper costs ~0.3 s cold. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    }

    @Parameters(paramLabel = "RULE_ID", description = "Identifiant de la règle, ex. FWD-AUTOMATIC / rule id.")
    String ruleId;

    @Override
    Optional<String> text(RulePack rules, Lang lang) {
        String id = ruleId.trim().toUpperCase(java.util.Locale.ROOT);
        Optional<RuleInfo> rule = rules.rule(id);
        if (rule.isEmpty()) {
            Optional<String> guess = Suggestions.closest(id, rules.rules().keySet());
            Console.ERR.println("Règle inconnue / unknown rule: " + ruleId
                    + guess.map(g -> ". Vouliez-vous dire / did you mean " + g + " ?").orElse("")
                    + " (liste / list: rules list)");
            return Optional.empty();
        }
        RuleInfo r = rule.get();
        RuleTexts t = rules.messages().get(id, lang);
        boolean fr = lang == Lang.FR;
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(" — ").append(t.title()).append('\n');
        out.append(fr ? "Gravité : " : "Severity: ").append(r.severity()).append(" · ")
                .append(fr ? "sujet : " : "subject: ").append(r.subjectKind()).append(" · ")
                .append(fr ? "défini dans " : "defined in ").append(r.file()).append(':').append(r.line()).append("\n\n");
        out.append(fr ? "Ce qu'elle vérifie\n  " : "What it checks\n  ").append(t.description()).append("\n\n");
        out.append(fr ? "Pourquoi (FAQ)\n  " : "Why (FAQ)\n  ").append(t.reference()).append("\n\n");
        out.append(fr ? "Comment corriger\n  " : "How to fix\n  ").append(t.recommendation()).append("\n\n");
        example(rules, id).ifPresentOrElse(s -> {
            out.append(fr ? "Exemple qui la déclenche (" : "Example that fires it (").append(s.file()).append(':')
                    .append(s.line()).append(" « ").append(s.name()).append(" »)\n");
            try {
                for (String line : Yaml.MAPPER.writeValueAsString(s.setups().get(0).tree().root()).split("\n")) {
                    out.append("  ").append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                out.append("  ?\n");
            }
        }, () -> out.append(fr ? "Aucun scénario de tests/ ne la déclenche encore.\n"
                : "No scenario in tests/ makes it fire yet.\n"));
        return Optional.of(out.toString());
    }

    /** The first scenario of the pack that expects this rule to fire. */
    private static Optional<Scenario> example(RulePack rules, String id) {
        ScenarioLoader.Loaded loaded = new ScenarioLoader(Auditor.of(rules).loader()).load(rules.root());
        return loaded.scenarios().stream()
                .filter(s -> s.expect().stream().anyMatch(e -> e.rule().equals(id)))
                .filter(s -> !s.setups().isEmpty() && s.setups().get(0).tree() != null)
                .findFirst();
    }
}
