package fr.mssante.advisor.directory;

import java.util.Arrays;

/**
 * The fields of one separated line, found without making a string of each: the readers need a handful
 * of 31 or 32 fields on hundreds of thousands of lines. Reused from line to line; not thread-safe.
 */
final class Fields {

    private final char separator;
    private int[] ends = new int[40];
    private int count;
    private String line;

    Fields(char separator) {
        this.separator = separator;
    }

    Fields parse(String text) {
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

    /** Field {@code i} (from 0) without surrounding spaces. */
    String get(int i) {
        return line.substring(i == 0 ? 0 : ends[i - 1] + 1, ends[i]).trim();
    }
}
