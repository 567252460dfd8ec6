package fr.mssante.advisor.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a sentence writes them: "1er juillet 2026", "31 octobre 2025"; "31 October 2025" in English. */
public final class Dates {

    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    public static String inSentence(LocalDate date, Lang lang) {
        if (lang == Lang.EN) {
            return date.format(ENGLISH);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + date.format(FRENCH_MONTH_YEAR);
    }
}
