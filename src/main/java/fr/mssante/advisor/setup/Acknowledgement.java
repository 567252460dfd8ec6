package fr.mssante.advisor.setup;

import java.time.LocalDate;

/** A finding the structure accepts until a date (a waiver). */
public record Acknowledgement(String rule, String subject, String reason, LocalDate until, String path) {

    /** {@code until} under another name: {@code until} is a keyword in DRL constraints (MVEL). */
    public LocalDate getExpiry() {
        return until;
    }
}
