package fr.mssante.advisor.workbench;

import fr.mssante.advisor.engine.RuleFailure;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario: what was missing, what should not have been there, and what fired
 * (for coverage). {@code errors} lists setups that did not load; {@code ruleFailures} the rules that broke
 * while the scenario's setups were audited (a broken pack, not a failed expectation).
 */
public record ScenarioResult(Scenario scenario, List<Scenario.Expected> missing, List<Scenario.Expected> unexpected,
                             List<Scenario.Expected> waivedMismatch, List<String> errors,
                             List<RuleFailure> ruleFailures, Set<String> fired) {

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && waivedMismatch.isEmpty() && errors.isEmpty()
                && ruleFailures.isEmpty();
    }
}
