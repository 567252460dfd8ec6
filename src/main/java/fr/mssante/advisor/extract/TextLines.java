package fr.mssante.advisor.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * The lines of an extract as text, without their line break ({@code \n}, {@code \r\n}), numbered from
 * 1: {@link ByteLines} decoded by {@link LineDecoder} (UTF-8, else Windows-1252; byte order mark skipped).
 */
final class TextLines implements Closeable {

    private final ByteLines lines;
    private final LineDecoder decoder = new LineDecoder();

    TextLines(InputStream in) {
        this.lines = new ByteLines(in);
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        return lines.next() ? decoder.decode(lines.buffer(), lines.start(), lines.end()) : null;
    }

    /** The number of the line {@link #next} returned last, from 1. */
    long lineNumber() {
        return lines.lineNumber();
    }

    Charset charset() {
        return decoder.charset();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
