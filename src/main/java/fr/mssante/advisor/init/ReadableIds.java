package fr.mssante.advisor.init;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers a director can read and type: {@code p-martin-jean}, {@code bal-accueil}. Accents are
 * dropped, anything but letters and digits becomes one {@code -}, the result is cut to a readable
 * length; a second {@code p-martin-jean} in the same file is {@code p-martin-jean-2}. Every id matches
 * the setup format's id pattern (letters, digits, {@code -}, {@code _}). One instance per file.
 */
final class ReadableIds {

    /** Long enough for a hyphenated double surname and a first name, short enough to type. */
    static final int MAX_BODY = 40;

    private final Set<String> taken = new HashSet<>();

    /**
     * @param prefix   {@code p} or {@code bal}
     * @param fallback used when the parts hold no letter or digit at all
     */
    String next(String prefix, String fallback, String... parts) {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            String slug = slug(part);
            if (!slug.isEmpty()) {
                body.append(body.isEmpty() ? "" : "-").append(slug);
            }
        }
        String base = prefix + "-" + (body.isEmpty() ? fallback : cut(body.toString()));
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower case ASCII letters and digits, runs of anything else as one {@code -}. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe")
                .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String cut(String body) {
        if (body.length() <= MAX_BODY) {
            return body;
        }
        String cut = body.substring(0, MAX_BODY);
        int dash = cut.lastIndexOf('-');
        return (dash > MAX_BODY / 2 ? cut.substring(0, dash) : cut).replaceAll("-+$", "");
    }
}
