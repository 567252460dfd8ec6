package fr.mssante.advisor.findings;

import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.setup.Acknowledgement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Matches findings with the structure's acknowledgements: a finding with the same rule and subject and
 * an {@code until} on or after the audit date is waived. Expired or unused waivers are findings of
 * their own (ACK-EXPIRED, ACK-UNUSED), made by the pack's rules.
 */
public final class Waivers {

    private final List<Acknowledgement> acknowledgements;
    private final LocalDate asOf;

    public Waivers(List<Acknowledgement> acknowledgements, LocalDate asOf) {
        this.acknowledgements = acknowledgements;
        this.asOf = asOf;
    }

    /** The acknowledgement that waives this finding today, if any. */
    public Optional<Acknowledgement> waiverOf(Finding finding) {
        return acknowledgements.stream()
                .filter(a -> finding.ruleId().equals(a.rule()) && finding.subject().equals(a.subject()))
                .filter(a -> a.until() != null && !a.until().isBefore(asOf))
                .findFirst();
    }
}
