package fr.mssante.advisor.directory;

import java.nio.file.Path;

/**
 * An extraction that cannot be read at all (missing, unreadable, a ZIP without a text file): the run
 * stops with a sentence naming the file. Malformed lines are not this: they are counted and skipped.
 */
public final class ExtractException extends RuntimeException {

    private final transient Path file;

    ExtractException(Path file, String message) {
        this(file + ": " + message, file);
    }

    private ExtractException(String fullMessage, Path file) {
        super(fullMessage);
        this.file = file;
    }

    /** For a message that already names the file (from a reader the other commands share). */
    static ExtractException naming(Path file, String fullMessage) {
        return new ExtractException(fullMessage, file);
    }

    public Path file() {
        return file;
    }
}
