package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.setup.read.Suggestions;
import fr.mssante.advisor.workbench.RuleExplanation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain RULE_ID}: what a rule checks, its FAQ basis, how to fix, and a setup that makes it fire. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explique une règle : ce qu'elle vérifie, sa source dans la FAQ, la correction, un exemple.",
                "Explains a rule: what it checks, its FAQ basis, the fix, an example."})
final class ExplainCommand extends PackTextCommand {

    @Parameters(paramLabel = "RULE_ID", description = "Identifiant de la règle, ex. FWD-AUTOMATIC / rule id.")
    String ruleId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (défaut), json, markdown.")
    String format;

    @Override
    String formatValue() {
        return format;
    }

    @Override
    List<PackTextFormat> formats() {
        return List.of(PackTextFormat.TEXT, PackTextFormat.JSON, PackTextFormat.MARKDOWN);
    }

    @Override
    Optional<String> text(RulePack rules, Lang lang, PackTextFormat format) {
        String id = ruleId.trim().toUpperCase(Locale.ROOT);
        Optional<RuleExplanation> explanation = RuleExplanation.of(rules, id, lang);
        if (explanation.isEmpty()) {
            Optional<String> guess = Suggestions.closest(id, rules.rules().keySet());
            Console.ERR.println("Règle inconnue / unknown rule: " + ruleId
                    + guess.map(g -> ". Vouliez-vous dire / did you mean " + g + " ?").orElse("")
                    + " (liste / list: rules list)");
            return Optional.empty();
        }
        RuleExplanation e = explanation.get();
        return Optional.of(switch (format) {
            case JSON -> e.json();
            case MARKDOWN -> e.markdown();
            default -> e.text();
        });
    }
}
