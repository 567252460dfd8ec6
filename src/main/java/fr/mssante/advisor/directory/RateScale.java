package fr.mssante.advisor.directory;

import java.util.Collection;
import java.util.List;

/**
 * The classes of the map's colours, fitted to the departments shown: from the lowest rounded percentage
 * (down to a multiple of 5) to the highest, in at most five classes of a whole number of 5 points. A
 * fixed 0–100 % scale would paint a country where every department is between 45 % and 60 % in one
 * colour and hide the laggards an advisor looks for; the legend says the classes, and each department's
 * title its exact rate.
 *
 * @param lowest  lower bound of the first class, in whole per cent
 * @param step    width of each class, in points (a multiple of 5)
 * @param classes how many classes (1 to {@value #MAX_CLASSES})
 * @param highest the highest percentage shown (the last class ends there, or at its own end)
 */
record RateScale(int lowest, int step, int classes, int highest) {

    static final int MAX_CLASSES = 5;

    /** Fill of each class of a five-class scale, from the lowest rates to the highest. */
    static final List<String> COLOURS = List.of("#d14a0b", "#c11574", "#7839ee", "#2e5aac", "#0b2c5f");

    static RateScale of(Collection<Double> rates) {
        if (rates.isEmpty()) {
            return new RateScale(0, 20, MAX_CLASSES, 100);
        }
        int min = rates.stream().mapToInt(RateScale::percent).min().orElseThrow();
        int max = rates.stream().mapToInt(RateScale::percent).max().orElseThrow();
        int lowest = min / 5 * 5;
        int span = max - lowest + 1;
        int step = Math.max(5, ceilTo5(ceilDiv(span, MAX_CLASSES)));
        return new RateScale(lowest, step, Math.max(1, ceilDiv(span, step)), max);
    }

    /** The percentage as the tables show it, rounded. */
    static int percent(double rate) {
        return (int) Math.round(rate * 100);
    }

    int classOf(double rate) {
        return Math.max(0, Math.min(classes - 1, (percent(rate) - lowest) / step));
    }

    int from(int c) {
        return lowest + c * step;
    }

    int to(int c) {
        return c == classes - 1 ? Math.min(100, Math.max(highest, from(c))) : from(c) + step - 1;
    }

    /** Spread over the five colours, so that two classes are as far apart as three. */
    String colour(int c) {
        return COLOURS.get(classes == 1 ? 2 : Math.round(c * (COLOURS.size() - 1f) / (classes - 1)));
    }

    String colourOf(double rate) {
        return colour(classOf(rate));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int ceilTo5(int n) {
        return (n + 4) / 5 * 5;
    }
}
