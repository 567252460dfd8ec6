package fr.mssante.advisor.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code |}-separated fields of a line held as bytes ({@link ByteLines}): enough to count them,
 * test one for blankness and read an ASCII one (a FINESS number) without decoding the line. Reused
 * from line to line; not thread-safe.
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

    /** As {@link SplitLine#countWithoutTrailing()}: a trailing separator's empty field is not a field. */
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

    private int from(int i) {
        return i == 0 ? start : ends[i - 1] + 1;
    }
}
