package fr.mssante.advisor.setup.read;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a value is not a date, in the user's terms: {@code 2025-02-30} is written the right way but that
 * day does not exist (February 2025 has 28 days); {@code 30/06/2026} is a date written the French way,
 * to be turned round; anything else is told the expected form.
 */
final class InvalidDates {

    private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    private InvalidDates() {
    }

    /** The reason and the correction, in French and English. */
    static String[] explain(String value) {
        String v = value == null ? "" : value.trim();
        Matcher iso = ISO_LIKE.matcher(v);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            int day = Integer.parseInt(iso.group(3));
            if (month < 1 || month > 12) {
                return new String[] {"Date « " + v + " » impossible : le mois " + month + " n'existe pas (01 à 12).",
                    "Impossible date \"" + v + "\": there is no month " + month + " (01 to 12)."};
            }
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                return new String[] {"Date « " + v + " » impossible : ce jour n'existe pas (" + monthName(month, Lang.FR)
                        + " " + year + " a " + length + " jours). Vérifiez la date.",
                    "Impossible date \"" + v + "\": that day does not exist (" + monthName(month, Lang.EN) + " " + year
                        + " has " + length + " days). Check the date."};
            }
            String padded = String.format("%04d-%02d-%02d", year, month, day);
            return new String[] {"Date « " + v + " » : écrivez le mois et le jour sur deux chiffres, « " + padded + " ».",
                "Date \"" + v + "\": write the month and the day with two digits, \"" + padded + "\"."};
        }
        Matcher french = FRENCH.matcher(v);
        if (french.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                        Integer.parseInt(french.group(1)));
                return new String[] {"Date « " + v + " » écrite à la française : écrivez-la AAAA-MM-JJ, « " + date
                        + " » (" + Wording.of(Lang.FR).date(date) + ").",
                    "Date \"" + v + "\" written day first: write it YYYY-MM-DD, \"" + date + "\" ("
                        + Wording.of(Lang.EN).date(date) + ")."};
            } catch (java.time.DateTimeException e) {
                // not a real day either: the general form below
            }
        }
        return new String[] {"Date « " + v + " » invalide : écrivez-la AAAA-MM-JJ, par exemple 2026-06-30.",
            "Invalid date \"" + v + "\": write it YYYY-MM-DD, for example 2026-06-30."};
    }

    private static String monthName(int month, Lang lang) {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, lang == Lang.EN ? Locale.ENGLISH : Locale.FRENCH);
        return name;
    }
}
