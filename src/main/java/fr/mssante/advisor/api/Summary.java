package fr.mssante.advisor.api;

/** Counts of the findings not waived, by severity, and of the waived ones. */
public record Summary(int errors, int warnings, int infos, int waived) {
}
