package fr.mssante.advisor.extract;

/**
 * A code of the selected establishments that the reference data does not map: written {@code AUTRE}
 * by whoever needs a setup value, and reported once, with the extract's label.
 *
 * @param label the extract's label for it (FINESS {@code libcategetab}, RPPS {@code Libellé profession}),
 *              or null when the extract gives none
 * @param count how many selected establishments (categories) or activities (professions) carry it
 */
public record UnmappedCode(Kind kind, String code, String label, long count) {

    public enum Kind {
        /** Not in {@code reference/finess-categories.yaml}. */
        FINESS_CATEGORY,
        /** Not in {@code reference/rpps-professions.yaml}. */
        RPPS_PROFESSION
    }
}
