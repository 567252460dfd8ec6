package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import picocli.CommandLine.Option;

/** {@code --lang fr|en}: the language of what a command writes, French by default. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Langue du rapport et des messages (fr par défaut) / language of the report and messages.")
    String lang;

    /** The language, or null (after telling the user) when it is not fr or en. */
    Lang langOrReport() {
        Lang l = Lang.parse(lang);
        if (l == null) {
            UsageErrors.report("--lang « " + lang + " » : fr ou en / fr or en.");
        }
        return l;
    }
}
