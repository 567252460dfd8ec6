package fr.mssante.advisor.setup.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the known name a user most probably meant, or nothing when no name is plausible (a wrong
 * suggestion misleads more than none). Four kinds of slip, tried in this order:
 * <ol>
 *   <li>the same name but for case, accents and separators ({@code From_Mailbox}, {@code MÉDECIN});</li>
 *   <li>the field's name written in French ({@code nom}, {@code adresse}, {@code équipe}), see
 *       {@link FrenchFieldNames};</li>
 *   <li>a typo: a few letters wrong, missing, extra or swapped ({@code fowarding}, {@code dateline}), the
 *       number of edits allowed growing with the length of the word;</li>
 *   <li>a part of the name, or the name with something added ({@code from} for {@code fromMailbox},
 *       {@code teams} for {@code team}), only when a single known name fits.</li>
 * </ol>
 */
public final class Suggestions {

    /** A part shorter than this ({@code to}, {@code id}) is inside too many words to mean anything. */
    private static final int MIN_PART = 4;
    /** Edits allowed whatever the length: past this, two words are different words. */
    private static final int MAX_EDITS = 4;

    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be a plausible slip. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String key = comparable(typed);
        List<String> names = candidates.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        for (String name : names) {
            if (comparable(name).equals(key)) {
                return Optional.of(name);
            }
        }
        Optional<String> translated = FrenchFieldNames.meant(key, names);
        if (translated.isPresent()) {
            return translated;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(key, comparable(name));
            if (d < bestDistance || d == bestDistance && sameInitial(key, name) && !sameInitial(key, best)) {
                best = name;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= tolerated(key)) {
            return Optional.of(best);
        }
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (isPartOf(key, comparable(name))) {
                parts.add(name);
            }
        }
        return parts.size() == 1 ? Optional.of(parts.get(0)) : Optional.empty();
    }

    /**
     * Edits a typo of a word this long may hold: one up to 4 letters, then about a third of the word
     * ({@code dateline} → {@code deadline} is 3 edits for 8 letters), never more than {@link #MAX_EDITS}.
     */
    static int tolerated(String word) {
        return Math.min(MAX_EDITS, Math.max(1, Math.round(word.length() * 0.35f)));
    }

    /** One is inside the other ({@code from} in {@code frommailbox}, {@code team} in {@code teams}). */
    private static boolean isPartOf(String typed, String name) {
        String shorter = typed.length() <= name.length() ? typed : name;
        String longer = shorter == typed ? name : typed;
        return shorter.length() >= MIN_PART && longer.contains(shorter);
    }

    private static boolean sameInitial(String key, String name) {
        return name != null && !key.isEmpty() && comparable(name).startsWith(key.substring(0, 1));
    }

    /** Lower case, without accents and without the separators people vary: {@code - _ . space}. */
    static String comparable(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[-_.\\s]+", "");
    }

    /**
     * Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of
     * adjacent letters, each one edit, with edits allowed between transposed letters).
     */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int infinity = n + m;
        int[][] d = new int[n + 2][m + 2];
        d[0][0] = infinity;
        for (int i = 0; i <= n; i++) {
            d[i + 1][0] = infinity;
            d[i + 1][1] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j + 1] = infinity;
            d[1][j + 1] = j;
        }
        Map<Character, Integer> lastRowOf = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            int lastMatchingColumn = 0;
            for (int j = 1; j <= m; j++) {
                int k = lastRowOf.getOrDefault(b.charAt(j - 1), 0);
                int l = lastMatchingColumn;
                int cost = 1;
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cost = 0;
                    lastMatchingColumn = j;
                }
                d[i + 1][j + 1] = Math.min(Math.min(d[i][j] + cost, d[i + 1][j] + 1),
                        Math.min(d[i][j + 1] + 1, d[k][l] + (i - k - 1) + 1 + (j - l - 1)));
            }
            lastRowOf.put(a.charAt(i - 1), i);
        }
        return d[n + 1][m + 1];
    }
}
