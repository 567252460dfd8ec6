package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and in which language a command writes: {@code --lang}, {@code --output}, {@code --quiet}. */
final class OutputOptions {

    @Mixin
    LangOption language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Écrit le rapport dans ce fichier / write the report to this file.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "N'affiche rien, seul le statut de sortie compte / print nothing.")
    boolean quiet;

    /** The language, or null (after telling the user) when it is not fr or en. */
    Lang langOrReport() {
        return language.langOrReport();
    }

    /**
     * Writes to {@code --output} if given (whole or not at all, see {@link AtomicOutput}), else to
     * standard output (unless quiet). False if it failed.
     */
    boolean write(String text) {
        return write(out -> out.write(text));
    }

    /** Something that writes a report as it goes (a batch streams its reports). */
    @FunctionalInterface
    interface Writing {
        void to(Writer out) throws IOException;
    }

    /**
     * Runs {@code writing} on {@code --output} if given, else on standard output (on a writer that
     * drops everything when quiet). False, after telling the user, if the file could not be written.
     */
    boolean write(Writing writing) {
        if (output != null) {
            try {
                try (AtomicOutput out = AtomicOutput.open(output)) {
                    writing.to(out.writer());
                    out.commit();
                }
            } catch (IOException e) {
                Console.ERR.println("Impossible d'écrire / cannot write " + output + ": " + e.getMessage());
                return false;
            }
            return true;
        }
        Writer out = quiet ? Writer.nullWriter()
                : new BufferedWriter(new OutputStreamWriter(Console.OUT, StandardCharsets.UTF_8), 1 << 16);
        try {
            writing.to(out);
            out.flush();
        } catch (IOException e) {
            Console.ERR.println("Impossible d'écrire / cannot write: " + e.getMessage());
            return false;
        }
        return true;
    }
}
