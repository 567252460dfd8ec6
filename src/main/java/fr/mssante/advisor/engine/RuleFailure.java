package fr.mssante.advisor.engine;

/**
 * A rule that broke while running (an exception in its condition or consequence, or endless firing).
 * The audit goes on with the other rules; the report names the rule and where it is written.
 */
public record RuleFailure(String ruleId, String file, int line, String message) {
}
