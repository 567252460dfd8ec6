package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.RuleDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules doc}: the catalogue of the loaded pack as Markdown or HTML, generated from the pack. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = {"Écrit le catalogue des règles (Markdown ou HTML), tiré du paquet lui-même.",
                "Writes the rule catalogue (Markdown or HTML), generated from the pack itself."})
final class RulesDocCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
            description = "markdown (défaut) ou html.")
    String format;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        boolean html = "html".equalsIgnoreCase(format);
        if (!html && !"markdown".equalsIgnoreCase(format) && !"md".equalsIgnoreCase(format)) {
            Console.ERR.println("Erreur d'utilisation / usage error: --format « " + format + " » : markdown ou/or html.");
            return ExitStatus.INPUT_ERROR.code();
        }
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        RuleDocs docs = new RuleDocs(rules, lang);
        return output.write(html ? docs.html() : docs.markdown()) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
