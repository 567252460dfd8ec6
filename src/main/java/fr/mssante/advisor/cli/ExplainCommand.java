package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.Topic;
import fr.mssante.advisor.pack.TopicCatalog;
import fr.mssante.advisor.setup.read.Suggestions;
import fr.mssante.advisor.workbench.RuleExplanation;
import fr.mssante.advisor.workbench.TopicExplanation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain RULE_ID}: what a rule checks, its FAQ basis, how to fix, and a setup that makes it fire;
 * {@code explain TOPIC}: one of the FAQ's informational answers ({@code topics/}); {@code explain --topics}
 * lists them.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explique une règle (ce qu'elle vérifie, sa source dans la FAQ, la correction, un exemple)"
                + " ou répond à une question de la FAQ qui n'est pas une règle (--topics pour les lister).",
                "Explains a rule (what it checks, its FAQ basis, the fix, an example) or answers a FAQ question that"
                        + " is not a rule (--topics lists them)."})
final class ExplainCommand extends PackTextCommand {

    @Parameters(paramLabel = "RULE_ID|TOPIC", arity = "0..1",
            description = "Règle (ex. FWD-AUTOMATIC) ou sujet (ex. mssante-dmp) / rule id or topic.")
    String ruleId;

    @Option(names = "--topics", description = "Liste les questions de la FAQ qui ne sont pas des règles / lists the FAQ's informational topics.")
    boolean listTopics;

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
        if (listTopics == (ruleId != null)) {
            UsageErrors.report(listTopics ? "--topics ne prend pas d'argument / --topics takes no argument: " + ruleId
                    : "règle ou sujet manquant / missing rule or topic (explain RULE_ID, explain TOPIC, explain --topics)");
            return Optional.empty();
        }
        TopicCatalog topics = TopicCatalog.read(rules.root(), rules.rules().keySet());
        if (listTopics) {
            return Optional.of(TopicExplanation.list(topics, lang, format.name().toLowerCase(Locale.ROOT)));
        }
        String id = ruleId.trim().toUpperCase(Locale.ROOT);
        Optional<RuleExplanation> explanation = RuleExplanation.of(rules, id, lang);
        if (explanation.isEmpty()) {
            Topic topic = topics.topics().get(TopicCatalog.normalise(ruleId));
            if (topic != null) {
                TopicExplanation t = new TopicExplanation(topic, lang);
                return Optional.of(switch (format) {
                    case JSON -> t.json();
                    case MARKDOWN -> t.markdown();
                    default -> t.text();
                });
            }
            Optional<String> guess = Suggestions.closest(id, rules.rules().keySet())
                    .or(() -> Suggestions.closest(TopicCatalog.normalise(ruleId), topics.topics().keySet()));
            Console.ERR.println("Règle ou sujet inconnu / unknown rule or topic: " + ruleId
                    + guess.map(g -> ". Vouliez-vous dire / did you mean " + g + " ?").orElse("")
                    + " (listes / lists: rules list, explain --topics)");
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
