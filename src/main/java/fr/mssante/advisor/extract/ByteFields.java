package fr.mssante.advisor.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code |}-separated fields of a line held as bytes ({@link ByteLines}; the Annuaire Santé files
 * have no quoting): counted, tested for blankness and read as ASCII (a FINESS number, a type) without
 * decoding the line, and decoded one by one when a record is built ({@code |} is one ASCII byte in
 * UTF-8 and Windows-1252 alike, so every field is whole text). Reused from line to line; not
 * thread-safe.
 */
final class ByteFields {

    private final byte separator;
    private int[] ends = new int[64];
    private int count;
    private byte[] buf;
    private int start;

    ByteFields(char separator) {
        this.separator = (byte) separator;
    }

    ByteFields parse(byte[] bytes, int from, int to) {
        buf = bytes;
        start = from;
        count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == separator) {
                add(i);
            }
        }
        add(to);
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

    /**
     * The number of fields once the empty field a trailing separator makes is left out: the published
     * files may end every line with the separator ({@code a|b|} and {@code a|b} are the same line).
     */
    int countWithoutTrailing() {
        return count > 1 && from(count - 1) == ends[count - 1] ? count - 1 : count;
    }

    boolean isBlank(int i) {
        for (int k = from(i); k < ends[i]; k++) {
            if (buf[k] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Field {@code i} read as ASCII, trimmed; null when empty. For identifiers only (digits, letters). */
    String ascii(int i) {
        if (i < 0 || i >= count) {
            return null;
        }
        int s = from(i);
        int e = ends[i];
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        return s == e ? null : new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** Field {@code i} decoded and trimmed; empty for a column the line does not have. */
    String text(int i, LineDecoder decoder) {
        if (i < 0 || i >= count) {
            return "";
        }
        return decoder.decode(buf, from(i), ends[i]).trim();
    }

    /** Field {@code i} decoded and trimmed, or null when it is empty or absent. */
    String textOrNull(int i, LineDecoder decoder) {
        String v = text(i, decoder);
        return v.isEmpty() ? null : v;
    }

    private int from(int i) {
        return i == 0 ? start : ends[i - 1] + 1;
    }
}
