package fr.mssante.advisor.cli;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.Language;
import fr.mssante.advisor.i18n.Lang;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code schema}: prints the JSON Schema of the setup format, for editors' completion and checks, with
 * its titles and descriptions in {@code --lang} (French by default: an editor shows them as the user types).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Affiche le schéma JSON du format de configuration (descriptions en français par défaut).",
                "Prints the setup format's JSON Schema (descriptions in English with --lang en)."})
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (le seul format du schéma / the schema's only format).")
    String format;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        if (lang == null || PackTextFormat.parseOrReport(format, List.of(PackTextFormat.JSON)) == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        String text = Advisor.schemaJson(lang == Lang.EN ? Language.EN : Language.FR);
        return output.write(text) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
