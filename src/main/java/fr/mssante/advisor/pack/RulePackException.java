package fr.mssante.advisor.pack;

import java.util.List;

/** The pack cannot be used: its DRL does not compile, or its files cannot be read. */
public final class RulePackException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public RulePackException(String summary, List<PackProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
