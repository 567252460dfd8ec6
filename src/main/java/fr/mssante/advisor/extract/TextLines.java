package fr.mssante.advisor.extract;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * The lines of an extract, without their line break ({@code \n}, {@code \r\n}), numbered from 1,
 * decoded by {@link DecodingReader} (UTF-8 or Windows-1252, byte order mark skipped).
 */
final class TextLines implements Closeable {

    private final DecodingReader decoding;
    private final BufferedReader lines;
    private long number;

    TextLines(InputStream in) {
        this.decoding = new DecodingReader(in);
        this.lines = new BufferedReader(decoding, 1 << 16);
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        String line = lines.readLine();
        if (line != null) {
            number++;
        }
        return line;
    }

    /** The number of the line {@link #next} returned last, from 1. */
    long lineNumber() {
        return number;
    }

    Charset charset() {
        return decoding.charset();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
