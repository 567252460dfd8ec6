package fr.mssante.advisor.workbench;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario: what was missing, what should not have been there, and what fired
 * (for coverage). {@code errors} lists setups that did not load or rules that broke.
 */
public record ScenarioResult(Scenario scenario, List<Scenario.Expected> missing, List<Scenario.Expected> unexpected,
                             List<Scenario.Expected> waivedMismatch, List<String> errors, Set<String> fired) {

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && waivedMismatch.isEmpty() && errors.isEmpty();
    }
}
