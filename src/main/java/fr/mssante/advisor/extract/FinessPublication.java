package fr.mssante.advisor.extract;

/** The two publications of the FINESS, told apart by their content ({@link FinessReader}). */
public enum FinessPublication {
    /** {@code etalab-cs1100507-stock-AAAAMMJJ-hhmm.csv}, no longer refreshed after May 2026. */
    ETALAB_CSV,
    /** {@code finess-structures-journalier-AAAAMMJJ.json}, the daily flux of the new FINESS (2026). */
    JSON_FLUX
}
