package fr.mssante.advisor.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words every renderer, the dashboard and the command line share, in one language: counts with their
 * noun agreed ({@code 1 erreur}, {@code 2 erreurs}; French keeps 0 and 1 singular), dates as people write
 * them ({@code 31 octobre 2025}, {@code 1er mars 2026}), day counts ({@code aujourd'hui}, {@code dans 3
 * jours}) and severity names. Codes stay codes in JSON; these are for sentences.
 */
public record Wording(Lang lang) {

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public static Wording of(Lang lang) {
        return new Wording(lang);
    }

    public boolean fr() {
        return lang != Lang.EN;
    }

    /** French or English, as the language says. */
    public String pick(String fr, String en) {
        return fr() ? fr : en;
    }

    /**
     * {@code n} and its noun agreed: {@code count(2, "erreur", "erreurs", "error", "errors")} is "2 erreurs"
     * in French, "2 errors" in English. French takes the singular for 0 and 1, English for 1 only.
     */
    public String count(long n, String frOne, String frMany, String enOne, String enMany) {
        return n + " " + noun(n, frOne, frMany, enOne, enMany);
    }

    /** The noun alone, agreed with {@code n} (for "3 fichiers audités", where the count stands apart). */
    public String noun(long n, String frOne, String frMany, String enOne, String enMany) {
        if (fr()) {
            return Math.abs(n) < 2 ? frOne : frMany;
        }
        return n == 1 ? enOne : enMany;
    }

    /** A count with a French noun whose plural adds an s, and an English one likewise ({@code erreur}, {@code error}). */
    public String regular(long n, String fr, String en) {
        return count(n, fr, fr + "s", en, en + "s");
    }

    /** {@code n} with the singular or plural given, chosen by this language's rule (0 is singular in French). */
    public String counted(long n, String one, String many) {
        return count(n, one, many, one, many);
    }

    /** A date in a sentence: "31 octobre 2025", "1er mars 2026"; "31 October 2025". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (!fr()) {
            return EN_DATE.format(date);
        }
        String text = FR_DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    /** A date given as text: formatted when it is an ISO date, else as written. */
    public String date(String iso) {
        try {
            return date(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso == null ? "" : iso;
        }
    }

    /** When something falls, from the audit date: "aujourd'hui", "demain", "dans 3 jours", "il y a 2 jours". */
    public String inDays(long days) {
        if (days == 0) {
            return pick("aujourd'hui", "today");
        }
        if (days == 1) {
            return pick("demain", "tomorrow");
        }
        if (days == -1) {
            return pick("hier", "yesterday");
        }
        return days > 0 ? pick("dans ", "in ") + regular(days, "jour", "day")
                : fr() ? "il y a " + regular(-days, "jour", "day") : regular(-days, "jour", "day") + " ago";
    }

    /** A severity code (ERROR, WARNING, INFO) as a word in a sentence: "erreur", "warning". */
    public String severity(String code) {
        return switch (code == null ? "" : code) {
            case "ERROR" -> pick("erreur", "error");
            case "WARNING" -> pick("avertissement", "warning");
            case "INFO" -> pick("recommandation", "recommendation");
            default -> code;
        };
    }

    /** A severity as a label of its own (a table cell, a badge): "ERREUR", "WARNING". */
    public String severityLabel(String code) {
        return severity(code).toUpperCase(fr() ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** {@code n} findings of a severity: "1 erreur", "2 avertissements", "0 recommendation". */
    public String severityCount(String code, long n) {
        return switch (code == null ? "" : code) {
            case "ERROR" -> regular(n, "erreur", "error");
            case "WARNING" -> regular(n, "avertissement", "warning");
            case "INFO" -> regular(n, "recommandation", "recommendation");
            default -> n + " " + code;
        };
    }

    /** "a, b et c" / "a, b and c". */
    public String and(java.util.List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + pick(" et ", " and ") + items.get(items.size() - 1);
    }
}
