package fr.mssante.advisor.pack;

import java.util.Locale;

/** How serious a finding is; the order matters for {@code --fail-on} and for the report. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at or above {@code threshold} (ERROR is the highest). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
