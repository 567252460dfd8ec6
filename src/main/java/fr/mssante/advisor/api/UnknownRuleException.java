package fr.mssante.advisor.api;

import java.util.Optional;

/** {@link Advisor#explainJson} was asked about a rule the pack does not have. */
public final class UnknownRuleException extends RuntimeException {

    private final String ruleId;
    private final String suggestion;

    UnknownRuleException(String ruleId, String suggestion) {
        super("unknown rule: " + ruleId + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
        this.ruleId = ruleId;
        this.suggestion = suggestion;
    }

    /** The id as asked. */
    public String ruleId() {
        return ruleId;
    }

    /** The pack's rule id closest to the one asked, when one is close enough to be a misspelling. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
