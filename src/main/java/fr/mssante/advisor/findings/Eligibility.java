package fr.mssante.advisor.findings;

import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.pack.ReferenceData;
import fr.mssante.advisor.setup.Setup;
import java.util.List;
import java.util.Set;

/** The eligibility verdict that opens every report (rule catalogue, Eligibility section). */
public enum Eligibility {
    ELIGIBLE, ELIGIBLE_PENDING_REGISTRATION, NOT_ELIGIBLE;

    private static final Set<String> BLOCKING = Set.of("ELIG-FINESS-INVALID", "ELIG-NO-QUALIFIED-PROFESSIONAL");

    public static Eligibility of(Setup setup, List<Finding> findings, ReferenceData reference) {
        boolean blocked = findings.stream().anyMatch(f -> BLOCKING.contains(f.ruleId())
                || (f.ruleId().startsWith("ELIG-") && f.ruleId().endsWith("-MISSING")));
        if (blocked) {
            return NOT_ELIGIBLE;
        }
        boolean registered = setup.professionals().stream()
                .anyMatch(p -> reference.isQualified(p.profession()) && p.hasRpps());
        return registered ? ELIGIBLE : ELIGIBLE_PENDING_REGISTRATION;
    }
}
