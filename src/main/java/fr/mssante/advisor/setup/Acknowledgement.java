package fr.mssante.advisor.setup;

import java.time.LocalDate;

/** A finding the structure accepts until a date (a waiver). */
public record Acknowledgement(String rule, String subject, String reason, LocalDate until, String path) {

    /** {@code until} under another name: {@code until} is a keyword in DRL constraints (MVEL). */
    public LocalDate getExpiry() {
        return until;
    }

    /**
     * The entry's rank in {@code acknowledgements} (from its path), so that a rule about several waivers
     * of one subject can report at the first of them.
     */
    public int getPosition() {
        int open = path == null ? -1 : path.lastIndexOf('[');
        int close = path == null ? -1 : path.lastIndexOf(']');
        if (open < 0 || close < open + 2) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(path.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
