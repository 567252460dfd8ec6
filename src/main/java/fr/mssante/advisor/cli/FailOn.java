package fr.mssante.advisor.cli;

import fr.mssante.advisor.pack.Severity;

/**
 * The value of {@code --fail-on}: the severity from which findings give exit status 1, or NEVER.
 *
 * @param threshold null for NEVER: no finding changes the exit status
 */
record FailOn(Severity threshold) {

    /** Reads the option; tells the user and returns null when it is none of ERROR, WARNING, INFO, NEVER. */
    static FailOn parseOrReport(String value) {
        if ("NEVER".equalsIgnoreCase(value.trim())) {
            return new FailOn(null);
        }
        Severity severity = Severity.parse(value);
        if (severity == null) {
            UsageErrors.report("--fail-on « " + value
                    + " » : ERROR, WARNING, INFO ou/or NEVER.");
            return null;
        }
        return new FailOn(severity);
    }
}
