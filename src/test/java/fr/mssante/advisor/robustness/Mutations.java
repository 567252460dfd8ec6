package fr.mssante.advisor.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What happens to setup files in real life, applied at random: lines deleted, duplicated, swapped or
 * re-indented, values replaced by junk, very long, negative or non-ASCII text, files cut short or
 * spliced with binary. Seeded, so a seed names a mutant.
 */
final class Mutations {

    /** Replacement values: the junk people paste, and what breaks naive parsers. */
    static final List<String> JUNK = List.of("", "-1", "-999999999999999999999", "1e309", "0x1F", "NaN", "~", "null",
            "[", "]", "{", "}", "{a: [b", "\"unterminated", "'", "*alias", "&anchor x", "!!java.io.File /etc/passwd",
            "!include secrets.yaml", "<script>alert(1)</script>", "[x](javascript:alert(1))", "| ---",
            "Ω≈ç√∫ 東京 مرحبا \u202Egnp.exe", "😀😀😀", "\u0000", "\u200B\uFEFF", "yes", "NO", "2026-02-30",
            "9999-99-99", "@", "a@b@c", "\t", "%YAML 1.1", "? complex key", "- item", "key: value: other");

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** A mutant of {@code original}: one to three mutations, named in {@code applied}. */
    byte[] mutate(String original, List<String> applied) {
        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int kind = random.nextInt(10);
            int at = random.nextInt(lines.size());
            switch (kind) {
                case 0 -> {
                    lines.remove(at);
                    applied.add("delete line " + (at + 1));
                }
                case 1 -> {
                    lines.add(at, lines.get(at));
                    applied.add("duplicate line " + (at + 1));
                }
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String a = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, a);
                    applied.add("swap lines " + (at + 1) + " and " + (other + 1));
                }
                case 3 -> {
                    String line = lines.get(at);
                    int shift = random.nextInt(5) - 2;
                    lines.set(at, shift >= 0 ? " ".repeat(shift + 1) + line : line.replaceFirst("^ {1," + -shift + "}", ""));
                    applied.add("re-indent line " + (at + 1) + " by " + shift);
                }
                case 4, 5 -> {
                    String junk = JUNK.get(random.nextInt(JUNK.size()));
                    lines.set(at, replaceValue(lines.get(at), junk));
                    applied.add("value of line " + (at + 1) + " -> " + printable(junk));
                }
                case 6 -> {
                    String longText = "x".repeat(1 + random.nextInt(30_000));
                    lines.set(at, replaceValue(lines.get(at), longText));
                    applied.add("value of line " + (at + 1) + " -> " + longText.length() + " characters");
                }
                case 7 -> {
                    String line = lines.get(at);
                    lines.set(at, line.replaceAll("\\d", "-" + random.nextInt(10)));
                    applied.add("digits of line " + (at + 1) + " made negative");
                }
                case 8 -> {
                    lines.set(at, lines.get(at).replace('e', 'é').replace('a', 'α').replace("o", "ö\u0301"));
                    applied.add("non-ASCII letters in line " + (at + 1));
                }
                default -> {
                    lines.add(at, lines.get(at).replaceAll("[^ ].*", "") + "extra" + random.nextInt(100) + ": "
                            + JUNK.get(random.nextInt(JUNK.size())));
                    applied.add("unknown field before line " + (at + 1));
                }
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return byteLevel(bytes, applied);
    }

    /** Now and then the file is cut short (maybe inside a UTF-8 sequence) or gets binary spliced in. */
    private byte[] byteLevel(byte[] bytes, List<String> applied) {
        int kind = random.nextInt(8);
        if (kind == 0 && bytes.length > 0) {
            int cut = random.nextInt(bytes.length);
            applied.add("truncated at byte " + cut);
            return Arrays.copyOf(bytes, cut);
        }
        if (kind == 1 && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            byte[] noise = new byte[1 + random.nextInt(8)];
            random.nextBytes(noise);
            byte[] out = new byte[bytes.length + noise.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(noise, 0, out, at, noise.length);
            System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
            applied.add(noise.length + " random bytes at " + at);
            return out;
        }
        if (kind == 2) {
            applied.add("Latin-1 re-encoding");
            return new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        }
        return bytes;
    }

    private static String replaceValue(String line, String value) {
        int colon = line.indexOf(": ");
        if (colon >= 0) {
            return line.substring(0, colon + 2) + value;
        }
        int dash = line.indexOf("- ");
        return dash >= 0 ? line.substring(0, dash + 2) + value : value;
    }

    private static String printable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? s : s.codePoints()
                .mapToObj(c -> c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c))
                .reduce("", String::concat);
    }
}
