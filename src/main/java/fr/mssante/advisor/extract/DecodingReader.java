package fr.mssante.advisor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of an extract published in UTF-8 or in Windows-1252, read in one pass without holding
 * the file: strict UTF-8 until a byte sequence is not valid UTF-8, Windows-1252 from that byte on (a
 * Windows-1252 accent is almost never valid UTF-8, while ASCII is the same in both, so what came before
 * was read right). A UTF-8 byte order mark opening the file is skipped. Windows-1252 rather than
 * Latin-1: the older FINESS files were written by Windows tools ({@code œ}, {@code ’}, {@code €}).
 */
final class DecodingReader extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean fallback;
    private boolean eof;
    private boolean flushed;
    private boolean started;

    DecodingReader(InputStream in) {
        this.in = in;
    }

    /** UTF-8, or Windows-1252 once a byte sequence was not valid UTF-8. */
    Charset charset() {
        return fallback ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            started = true;
            fill();
            skipByteOrderMark();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return out.position() > off ? out.position() - off : -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                switchToWindows1252();
                continue;
            }
            if (out.position() > off) {
                return out.position() - off;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                continue;
            }
            fill();
        }
    }

    private void switchToWindows1252() {
        fallback = true;
        decoder = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private void fill() throws IOException {
        bytes.compact();
        while (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                break;
            }
            bytes.position(bytes.position() + n);
            if (n > 0) {
                break;
            }
        }
        bytes.flip();
    }

    private void skipByteOrderMark() {
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
