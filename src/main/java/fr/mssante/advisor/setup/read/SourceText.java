package fr.mssante.advisor.setup.read;

import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a setup file into text, or into the reason it is not a text we can read: too
 * large, binary (a PDF or a Word document sent instead), UTF-16, Latin-1. Strict UTF-8: a Latin-1 file
 * must be refused, not loaded with garbled names; a UTF-8 byte order mark is accepted and dropped.
 */
public final class SourceText {

    /** The text, or the error that replaces it (exactly one is non-null). */
    public record Decoded(String text, InputError error) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceText() {
    }

    /** Reads at most {@code maxBytes}; one byte more means the file is too large (a device never ends). */
    public static Decoded read(InputStream in, long maxBytes, long declaredSize) throws IOException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            return new Decoded(null, InputErrors.fileTooLarge(Math.max(declaredSize, bytes.length), maxBytes));
        }
        return decode(bytes);
    }

    /** The error for a file whose size on disk is already known to be over the limit. */
    public static InputError tooLarge(long size, long maxBytes) {
        return InputErrors.fileTooLarge(size, maxBytes);
    }

    /** An unexpected failure while reading one file, kept to that file. */
    public static InputError internalError(Throwable e) {
        return InputErrors.internal(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    public static Decoded decode(byte[] bytes) {
        InputError binary = binaryKind(bytes);
        if (binary != null) {
            return new Decoded(null, binary);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, notUtf8(bytes, in.position()));
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    /** The first line longer than {@code max} characters, as an error, or null. */
    public static InputError overlongLine(String text, int max) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > max) {
                    return InputErrors.lineTooLong(new SourceLocation(line, 1), i - start, max);
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /** NUL bytes never occur in a YAML or JSON text; a few well-known signatures get their name. */
    private static InputError binaryKind(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return InputErrors.utf16();
        }
        if (startsWith(b, "%PDF")) {
            return InputErrors.binary("un document PDF", "a PDF document");
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return InputErrors.binary("une archive ZIP ou un document Word, Excel, LibreOffice",
                    "a ZIP archive or a Word, Excel, LibreOffice document");
        }
        if (startsWith(b, "\u0089PNG") || startsWith(b, "\u00FF\u00D8\u00FF")) {
            return InputErrors.binary("une image", "an image");
        }
        int scan = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < scan; i++) {
            if (b[i] == 0) {
                // Every other byte NUL near the start: UTF-16 without a byte order mark.
                boolean utf16 = scan >= 4 && (b[1] == 0 && b[3] == 0 || b[0] == 0 && b[2] == 0);
                return utf16 ? InputErrors.utf16() : InputErrors.binary("des octets nuls", "NUL bytes");
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String signature) {
        if (b.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (b[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the first invalid byte is (line, column as an editor counts them), and whether the file
     * reads as Latin-1: bytes of accented letters, which a person saving in the wrong encoding produces.
     */
    private static InputError notUtf8(byte[] bytes, int offset) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        SourceLocation where = new SourceLocation(line, before.codePointCount(0, before.length()) + 1);
        int bad = bytes[offset] & 0xFF;
        if (!looksLatin1(bytes)) {
            return InputErrors.notUtf8(where, bad);
        }
        int lineEnd = offset;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String text = new String(bytes, lineStart, lineEnd - lineStart, WINDOWS_1252).strip();
        return InputErrors.latin1(where, bad, InputErrors.excerpt(text, 58));
    }

    /** Every byte above 0x7F is a Latin-1 / Windows-1252 letter or sign, and no control character appears. */
    private static boolean looksLatin1(byte[] bytes) {
        for (byte x : bytes) {
            int b = x & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
        }
        return true;
    }
}
