package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * "Try strict UTF-8, fall back to cp1252" (public-extracts.md §3a), as a stream (JSON flux) and line by
 * line (the {@code |} and {@code ;} files), with the byte order mark skipped and CRLF removed.
 */
class DecodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void aStreamIsUtf8UntilAByteSequenceIsNotThenWindows1252() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "ÉRABLES;".getBytes(StandardCharsets.UTF_8),
                "L’ŒUVRE €".getBytes(CP1252));
        StringBuilder text = new StringBuilder();
        DecodingReader r = new DecodingReader(new ByteArrayInputStream(bytes));
        try (Reader reader = r) {
            char[] buf = new char[3]; // small reads cross every boundary
            for (int n = reader.read(buf, 0, 3); n > 0; n = reader.read(buf, 0, 3)) {
                text.append(buf, 0, n);
            }
        }
        assertThat(text).hasToString("ÉRABLES;L’ŒUVRE €");
        assertThat(r.charset()).isEqualTo(CP1252);
    }

    @Test
    void linesAreDecodedOneByOneWithTheSamePolicy() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a|É\r\n".getBytes(StandardCharsets.UTF_8),
                "b|Œ\n".getBytes(CP1252), "c|x".getBytes(StandardCharsets.US_ASCII));
        try (TextLines lines = new TextLines(new ByteArrayInputStream(bytes))) {
            assertThat(lines.next()).isEqualTo("a|É");
            assertThat(lines.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(lines.next()).isEqualTo("b|Œ");
            assertThat(lines.next()).isEqualTo("c|x"); // a last line without line break
            assertThat(lines.next()).isNull();
            assertThat(lines.lineNumber()).isEqualTo(3);
            assertThat(lines.charset()).isEqualTo(CP1252);
        }
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longLine = "x".repeat(3_000_000);
        try (TextLines lines = new TextLines(new ByteArrayInputStream((longLine + "\nfin\n").getBytes(StandardCharsets.UTF_8)))) {
            assertThat(lines.next()).hasSize(3_000_000);
            assertThat(lines.next()).isEqualTo("fin");
        }
    }
}
