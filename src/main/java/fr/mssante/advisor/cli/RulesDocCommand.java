package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.RuleDocs;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules doc}: the catalogue of the loaded pack as Markdown or HTML, generated from the pack. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = {"Écrit le catalogue des règles (Markdown ou HTML), tiré du paquet lui-même.",
                "Writes the rule catalogue (Markdown or HTML), generated from the pack itself."})
final class RulesDocCommand extends PackTextCommand {

    @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
            description = "markdown (défaut) ou html.")
    String format;

    @Override
    String formatValue() {
        return format;
    }

    @Override
    List<PackTextFormat> formats() {
        return List.of(PackTextFormat.MARKDOWN, PackTextFormat.HTML);
    }

    @Override
    Optional<String> text(RulePack rules, Lang lang, PackTextFormat format) {
        RuleDocs docs = new RuleDocs(rules, lang);
        return Optional.of(format == PackTextFormat.HTML ? docs.html() : docs.markdown());
    }
}
