package fr.mssante.advisor.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The day the audit is made for: rules compare deadlines and waivers with it. */
public record AuditDate(LocalDate date) {

    /** Days from the audit date to {@code day}: negative when {@code day} is already past. */
    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(date, day);
    }
}
