package fr.mssante.advisor.setup;

/** A line and column in a setup file, both counted from 1 as editors show them. */
public record SourceLocation(int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);
}
