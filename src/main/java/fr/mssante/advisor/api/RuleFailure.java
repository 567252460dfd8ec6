package fr.mssante.advisor.api;

/** A rule of the pack that broke while running; the other rules' findings are still reported. */
public record RuleFailure(String ruleId, String file, int line, String message) {
}
