package fr.mssante.advisor.api;

/** The verdict that opens a report: can the structure be equipped with MSSanté? */
public enum Eligibility {
    /** A valid FINESS and at least one qualified professional registered in the RPPS. */
    ELIGIBLE,
    /** Eligible, but no qualified professional has an RPPS number yet. */
    ELIGIBLE_PENDING_REGISTRATION,
    /** No valid FINESS, or no qualified professional. */
    NOT_ELIGIBLE
}
