package fr.mssante.advisor.findings;

import java.util.Locale;

/**
 * How a finding stands against a baseline (a JSON report written earlier by {@code audit}): found
 * again, or new since then. A finding of the baseline no longer found is "fixed" and listed apart.
 */
public enum BaselineState {
    NEW, UNCHANGED;

    /** The word the JSON and SARIF reports write: {@code new}, {@code unchanged}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
