package fr.mssante.advisor.extract;

/**
 * The code read that is nearest to the one asked for, for the "did you mean" of an unknown FINESS: at
 * most {@value #MAX_DISTANCE} edits away (a wrong, missing, extra or swapped digit), the first one met
 * among equals. FINESS numbers name establishments, not people: saying one is no personal data.
 */
final class ClosestCode {

    static final int MAX_DISTANCE = 2;

    private final String asked;
    private String best;
    private int bestDistance = MAX_DISTANCE + 1;

    ClosestCode(String asked) {
        this.asked = asked;
    }

    void offer(String code) {
        if (code == null || code.equals(asked) || bestDistance == 1 || Math.abs(code.length() - asked.length()) > MAX_DISTANCE) {
            return;
        }
        int d = distance(asked, code, bestDistance);
        if (d < bestDistance) {
            best = code;
            bestDistance = d;
        }
    }

    /** The nearest code, or null when none is near enough. */
    String best() {
        return best;
    }

    /** Optimal string alignment distance (a swap of two neighbours counts one), or {@code bound} once it is reached. */
    static int distance(String a, String b, int bound) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= bound) {
                return bound;
            }
        }
        return Math.min(d[a.length()][b.length()], bound);
    }
}
