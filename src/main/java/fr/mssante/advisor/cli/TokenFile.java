package fr.mssante.advisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * {@code serve --token-file FILE}: the bearer token, the file's one line (a final newline is ignored). Too
 * short a token is refused: it would be guessed. A file others may read is allowed with a warning.
 */
final class TokenFile {

    /** At least 16 characters: {@code openssl rand -hex 32} gives 64. */
    static final int MIN_LENGTH = 16;

    private TokenFile() {
    }

    /** The token, or null after telling the user why the file cannot be used. */
    static String read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().strip();
        } catch (CharacterCodingException e) {
            UsageErrors.report("--token-file « " + file + " » : le jeton doit être du texte UTF-8 / the token must be"
                    + " UTF-8 text.");
            return null;
        } catch (IOException e) {
            UsageErrors.report("--token-file « " + file + " » : fichier illisible / unreadable file ("
                    + e.getClass().getSimpleName() + ").");
            return null;
        }
        if (text.length() < MIN_LENGTH || text.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            UsageErrors.report("--token-file « " + file + " » : le jeton doit tenir sur une ligne, sans espace, et compter"
                    + " au moins " + MIN_LENGTH + " caractères (par exemple : openssl rand -hex 32 > " + file + ") / the"
                    + " token must be one line without spaces, at least " + MIN_LENGTH + " characters.");
            return null;
        }
        warnIfOthersMayRead(file);
        return text;
    }

    private static void warnIfOthersMayRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                Console.ERR.println("attention / warning: --token-file « " + file + " » est lisible par d'autres"
                        + " utilisateurs ; chmod 600 " + file + " / is readable by other users.");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        }
    }
}
