package fr.mssante.advisor.setup;

/** A line and column in a setup file, both counted from 1 as editors show them. */
public record SourceLocation(int line, int column) {

    /** No place in a file: a finding built from something else than a setup file (a directory extraction). */
    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    /** The start of the file: where a problem of the whole file (empty, binary, not found) is reported. */
    public static final SourceLocation START = new SourceLocation(1, 1);
}
