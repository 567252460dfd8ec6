package fr.mssante.advisor.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Small pieces of wording every French sentence needs right: dates as people write them
 * ({@code 1er mars 2019}, {@code 31 octobre 2025}, never {@code 2025-10-31}) and counted nouns with
 * their agreement ({@code 1 ligne}, {@code 0 ligne}, {@code 3 lignes}, never {@code ligne(s)}).
 */
public final class Wording {

    private static final DateTimeFormatter FR_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /** {@code 1er mars 2019} / {@code 1 March 2019}. */
    public static String date(LocalDate day, Lang lang) {
        if (lang == Lang.EN) {
            return EN.format(day);
        }
        return (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + FR_MONTH_YEAR.format(day);
    }

    /**
     * The count and the noun in the right number: French takes the singular for 0 and 1, English only
     * for 1.
     */
    public static String count(long n, String singular, String plural, Lang lang) {
        boolean one = lang == Lang.FR ? n <= 1 : n == 1;
        return n + " " + (one ? singular : plural);
    }
}
