package fr.mssante.advisor.directory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a text file whose encoding is UTF-8 or Latin-1, read in one pass without holding the
 * file. Open-data extractions have been published in both: each line is decoded as strict UTF-8 until
 * one is not valid UTF-8; from then on the file is read as Latin-1 (a Latin-1 accent is almost never
 * valid UTF-8, while an ASCII line is the same in both).
 */
final class TextLines implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[512];
    private long number;
    private boolean latin1;
    private boolean atStart = true;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    TextLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line break, or null at the end of the file. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int offset = 0;
        if (atStart) {
            atStart = false;
            if (length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                offset = 3; // a UTF-8 byte order mark
            }
        }
        return decode(offset, length - offset);
    }

    /** The number of the line {@link #next} returned last, from 1. */
    long lineNumber() {
        return number;
    }

    /** UTF-8, or ISO-8859-1 once a line was not valid UTF-8. */
    Charset charset() {
        return latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    private String decode(int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii || latin1) {
            return new String(line, offset, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(line, offset, length)).toString();
        } catch (CharacterCodingException e) {
            latin1 = true;
            return new String(line, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
