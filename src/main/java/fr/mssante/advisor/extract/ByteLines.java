package fr.mssante.advisor.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of an extract as byte ranges of a buffer, found without decoding them: {@code \n} and
 * {@code |} are single ASCII bytes in UTF-8 and in Windows-1252 alike, so a reader can split a line and
 * look at a field before paying for its characters (the RPPS file has two million lines, of which a
 * selection wants a few). The line break ({@code \n}, {@code \r\n}) is left out, a UTF-8 byte order mark
 * opening the file is skipped. Valid until the next call of {@link #next}.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;
    private long number;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl >= 0) {
                start = pos;
                end = nl;
                pos = nl + 1;
                break;
            }
            if (eof) {
                if (pos >= limit) {
                    return false;
                }
                start = pos;
                end = limit;
                pos = limit;
                break;
            }
            fill();
        }
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        if (number == 0 && end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB
                && (buf[start + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        number++;
        return true;
    }

    private void fill() throws IOException {
        if (pos == 0 && limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    /** Where the current line starts in {@link #buffer()}. */
    int start() {
        return start;
    }

    /** Where it ends (exclusive, line break left out). */
    int end() {
        return end;
    }

    /** The number of the current line, from 1. */
    long lineNumber() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
