package fr.mssante.advisor.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a finding from one audit to the next, whatever line it moved to: its structure
 * (the FINESS, or the file name when there is none), its rule and its subject. A baseline matches
 * findings on it, and SARIF gives it as the results' fingerprint so CI viewers follow them too.
 *
 * @param structure {@link #structure}, or {@code portfolio} for the findings on several structures
 */
public record FindingKey(String structure, String ruleId, String subject) {

    /** The FINESS when the file gives one, else the file's name (not its folder: a clone may move). */
    public static String structure(String finess, String source) {
        if (finess != null && !finess.isBlank()) {
            return "finess:" + finess.strip();
        }
        return "file:" + fileName(source);
    }

    /** The last name of a source path ({@code request} and other non-paths as they are). */
    public static String fileName(String source) {
        if (source == null) {
            return "";
        }
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }

    /** A stable hexadecimal digest of the key (no personal data is spelt out in it). */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((structure + "\n" + ruleId + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
