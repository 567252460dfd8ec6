package fr.mssante.advisor.extract;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.LocalizedText;
import java.nio.file.Path;

/**
 * An extract that cannot be used at all: missing, unreadable, the wrong file, a required column
 * missing, an unknown FINESS asked for. The command stops with exit status 2 and this sentence, which
 * names the file and never holds personal data (at most a line number). Malformed lines are not this:
 * they are counted and reported ({@link MalformedLines}).
 */
public final class ExtractException extends RuntimeException {

    /** What went wrong, for callers that react differently (a test, the service's status code). */
    public enum Kind {
        /** The file does not exist or cannot be read. */
        UNREADABLE,
        /** The file is another file than the one expected (or nothing recognisable). */
        WRONG_FILE,
        /** The header lacks a column the reader needs. */
        MISSING_COLUMN,
        /** The file stops being readable part-way (a JSON syntax error, a broken ZIP). */
        BROKEN,
        /** The selection names a FINESS, department or category the extracts do not know. */
        UNKNOWN_CODE
    }

    private final Kind kind;
    private final transient Path file;
    private final LocalizedText text;

    ExtractException(Kind kind, Path file, LocalizedText text) {
        super(text.fr());
        this.kind = kind;
        this.file = file;
        this.text = text;
    }

    /** An error in both languages; {@code file} may be null for an error of the selection itself. */
    public static ExtractException of(Kind kind, Path file, String fr, String en) {
        return new ExtractException(kind, file, LocalizedText.of(fr, en));
    }

    public Kind kind() {
        return kind;
    }

    /** The file concerned, or null for an error of the selection itself. */
    public Path file() {
        return file;
    }

    /** The sentence in the user's language (French is {@link #getMessage()}). */
    public String message(Lang lang) {
        return text.in(lang);
    }
}
