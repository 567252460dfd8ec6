package fr.mssante.advisor.api;

/** The verdict that opens a report: can the structure be equipped with MSSanté? */
public enum Eligibility {
    /** A valid FINESS and at least one qualified professional whose RPPS number is given (its check key is PRO-RPPS-INVALID's concern). */
    ELIGIBLE,
    /** Eligible, but no qualified professional has an RPPS number yet. */
    ELIGIBLE_PENDING_REGISTRATION,
    /** No valid FINESS, or no qualified professional. */
    NOT_ELIGIBLE
}
