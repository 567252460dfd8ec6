package fr.mssante.advisor.extract;

import fr.mssante.advisor.setup.read.Suggestions;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known department or category code nearest to one a user mistyped, for the "did you mean" of
 * {@code --department} and {@code --categories}: fewest edits (a wrong, missing, extra or swapped
 * character; {@link Suggestions#distance}), then the nearest number ({@code 96} → {@code 95}, not
 * {@code 06}), at most two edits away.
 */
final class KnownCodes {

    private static final int MAX_EDITS = 2;

    private KnownCodes() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestEdits = MAX_EDITS + 1;
        long bestGap = Long.MAX_VALUE;
        for (String code : known) {
            int edits = Suggestions.distance(t, code.toUpperCase(Locale.ROOT));
            long gap = gap(t, code);
            if (edits < bestEdits || edits == bestEdits && gap < bestGap) {
                best = code;
                bestEdits = edits;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far apart two codes are as numbers (Corsica's 2A and 2B count as 20); large when either is no number. */
    private static long gap(String a, String b) {
        try {
            return Math.abs(number(a) - number(b));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    private static long number(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        return Long.parseLong(c.equals("2A") || c.equals("2B") ? "20" : c);
    }
}
