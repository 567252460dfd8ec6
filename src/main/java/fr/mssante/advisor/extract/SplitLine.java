package fr.mssante.advisor.extract;

import java.util.Arrays;

/**
 * The fields of one {@code |}-separated line (the Annuaire Santé files have no quoting), found without
 * making a string of each: the readers need a dozen of 31 to 57 fields on millions of lines. Reused
 * from line to line; not thread-safe.
 */
final class SplitLine {

    private final char separator;
    private int[] ends = new int[64];
    private int count;
    private String line;

    SplitLine(char separator) {
        this.separator = separator;
    }

    SplitLine parse(String text) {
        line = text;
        count = 0;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
            add(i);
        }
        add(text.length());
        return this;
    }

    private void add(int end) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = end;
    }

    int count() {
        return count;
    }

    /** Whether field {@code i} is empty (or only spaces), without making a string of it. */
    boolean isBlank(int i) {
        for (int k = start(i); k < ends[i]; k++) {
            if (line.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of fields once the empty field a trailing separator makes is left out: the published
     * files may end every line with the separator ({@code a|b|} and {@code a|b} are the same line).
     */
    int countWithoutTrailing() {
        return count > 1 && start(count - 1) == ends[count - 1] ? count - 1 : count;
    }

    /** Field {@code i} (from 0) without surrounding spaces; empty for a column the line does not have. */
    String get(int i) {
        if (i < 0 || i >= count) {
            return "";
        }
        return line.substring(start(i), ends[i]).trim();
    }

    /** Field {@code i}, or null when it is empty or absent. */
    String getOrNull(int i) {
        String v = get(i);
        return v.isEmpty() ? null : v;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1] + 1;
    }
}
