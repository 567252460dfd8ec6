package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and in which language a command writes: {@code --lang}, {@code --output}, {@code --quiet}. */
final class OutputOptions {

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Langue du rapport (fr par défaut) / report language.")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Écrit le rapport dans ce fichier / write the report to this file.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "N'affiche rien, seul le statut de sortie compte / print nothing.")
    boolean quiet;

    /** The language, or null (after telling the user) when it is not fr or en. */
    Lang langOrReport() {
        Lang l = Lang.parse(lang);
        if (l == null) {
            Console.ERR.println("Erreur d'utilisation / usage error: --lang « " + lang + " » : fr ou en / fr or en.");
        }
        return l;
    }

    /**
     * Writes to {@code --output} if given (whole or not at all, see {@link AtomicOutput}), else to
     * standard output (unless quiet). False if it failed.
     */
    boolean write(String text) {
        if (output != null) {
            try {
                AtomicOutput.write(output, text);
            } catch (IOException e) {
                Console.ERR.println("Impossible d'écrire / cannot write " + output + ": " + e.getMessage());
                return false;
            }
            return true;
        }
        if (!quiet) {
            Console.OUT.print(text);
            Console.OUT.flush();
        }
        return true;
    }
}
