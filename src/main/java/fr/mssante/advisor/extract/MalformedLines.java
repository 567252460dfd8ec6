package fr.mssante.advisor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of an extract that could not be read (wrong number of fields, missing identifier): counted,
 * never fatal, with the first few line numbers so that a person can look at them. Not thread-safe: one
 * per reading.
 */
public final class MalformedLines {

    /** How many line numbers are kept for the report. */
    public static final int KEPT = 10;

    private long count;
    private final List<Long> first = new ArrayList<>();

    void add(long lineNumber) {
        count++;
        if (first.size() < KEPT) {
            first.add(lineNumber);
        }
    }

    public long count() {
        return count;
    }

    /** The numbers (from 1) of the first {@value #KEPT} malformed lines. */
    public List<Long> firstLines() {
        return List.copyOf(first);
    }
}
