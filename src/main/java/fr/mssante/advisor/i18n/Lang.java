package fr.mssante.advisor.i18n;

import java.util.Locale;

/** The report languages: French for the structures' staff, English on request. */
public enum Lang {
    FR, EN;

    /** Parses {@code fr}/{@code en} in any case; returns null for anything else. */
    public static Lang parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> null;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
