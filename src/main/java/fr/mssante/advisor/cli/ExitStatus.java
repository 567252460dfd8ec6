package fr.mssante.advisor.cli;

/** The exit statuses of the command line, as the interface contract defines them. */
public enum ExitStatus {
    /** Nothing at or above {@code --fail-on}. */
    OK(0),
    /** Findings at or above {@code --fail-on}. */
    FINDINGS(1),
    /** Bad usage, or an input error in a setup file (the other files are still audited). */
    INPUT_ERROR(2),
    /** The rule pack does not compile, or a rule failed while running. */
    PACK_ERROR(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The more serious of two statuses. */
    public ExitStatus max(ExitStatus other) {
        return other.code > code ? other : this;
    }
}
