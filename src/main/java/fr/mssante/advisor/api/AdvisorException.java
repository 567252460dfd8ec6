package fr.mssante.advisor.api;

import java.util.List;

/**
 * The advisor could not be built: the rule pack does not compile, or the trust list cannot be read; or
 * a baseline is not a JSON report of an audit (then the message names it and says what it is).
 * The message is written for people; {@link #problems()} lists each problem with its file and line.
 */
public final class AdvisorException extends RuntimeException {

    private final List<String> problems;

    AdvisorException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column: message}. */
    public List<String> problems() {
        return problems;
    }
}
