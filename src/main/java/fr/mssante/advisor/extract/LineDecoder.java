package fr.mssante.advisor.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes lines of an extract published in UTF-8 or in Windows-1252: strict UTF-8 until a line is not
 * valid UTF-8, Windows-1252 from that line on (a Windows-1252 accent is almost never valid UTF-8, while
 * ASCII is the same in both). The same policy as {@link DecodingReader}, line by line.
 */
final class LineDecoder {

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean fallback;

    String decode(byte[] bytes, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
        if (!fallback) {
            try {
                return utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                fallback = true;
            }
        }
        return new String(bytes, start, end - start, DecodingReader.WINDOWS_1252);
    }

    /** UTF-8, or Windows-1252 once a line was not valid UTF-8. */
    Charset charset() {
        return fallback ? DecodingReader.WINDOWS_1252 : StandardCharsets.UTF_8;
    }
}
