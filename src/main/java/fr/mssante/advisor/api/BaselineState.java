package fr.mssante.advisor.api;

/**
 * How a finding stands against the baseline of its audit (a JSON report written earlier): findings are
 * matched by structure, rule and subject, never by line, so a finding that only moved is unchanged. A
 * finding's state is null when its audit had no baseline.
 */
public enum BaselineState {
    /** Not in the baseline: the only findings that count in {@link Report#hasFindingsAtLeast} then. */
    NEW,
    /** Already in the baseline (waived now or not). */
    UNCHANGED,
    /** In the baseline and no longer found: the findings of {@link Report#fixed()}, as the baseline wrote them. */
    FIXED
}
