package fr.mssante.advisor.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates the extracts carry in their names ({@code …_AAAAMMJJhhmm.txt}) or first line ({@code AAAA-MM-JJ}). */
final class FileDates {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private FileDates() {
    }

    /** The {@code AAAAMMJJ} of the pattern's first group in {@code name}, or null. */
    static LocalDate inName(Pattern pattern, String name) {
        if (name == null) {
            return null;
        }
        Matcher m = pattern.matcher(name);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1), COMPACT);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date at the start of an ISO date or date-time ({@code 2026-03-09T15:49:37Z}), or null. */
    static LocalDate iso(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
