package fr.mssante.advisor.directory;

import java.nio.file.Path;

/**
 * An extraction that cannot be read at all (missing, unreadable, a ZIP without a text file): the run
 * stops with a sentence naming the file. Malformed lines are not this: they are counted and skipped.
 */
public final class ExtractException extends RuntimeException {

    private final transient Path file;

    ExtractException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
