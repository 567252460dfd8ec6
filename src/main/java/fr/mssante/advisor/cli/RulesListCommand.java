package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.RuleDocs;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules list}: one line per rule of the loaded pack. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Liste les règles du paquet chargé.", "Lists the rules of the loaded pack."})
final class RulesListCommand extends PackTextCommand {

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
        RuleDocs docs = new RuleDocs(rules, lang);
        return Optional.of(switch (format) {
            case JSON -> docs.listJson();
            case MARKDOWN -> docs.listMarkdown();
            default -> docs.list();
        });
    }
}
