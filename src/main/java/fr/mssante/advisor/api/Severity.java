package fr.mssante.advisor.api;

/** How serious a finding is, most serious first. */
public enum Severity {
    /** Not compliant: must be fixed. */
    ERROR,
    /** A risk or a bad practice. */
    WARNING,
    /** A recommendation. */
    INFO;

    /** True when this severity is {@code other} or more serious. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
