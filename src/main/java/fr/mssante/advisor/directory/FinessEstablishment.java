package fr.mssante.advisor.directory;

/**
 * One establishment ({@code structureet} line) of the FINESS extraction, reduced to what the dashboard
 * needs.
 *
 * @param finess          {@code nofinesset}, the FINESS ET (géographique)
 * @param name            {@code rs}, else {@code rslongue}
 * @param categoryCode    {@code categetab}
 * @param categoryLabel   {@code libcategetab}
 * @param department      {@code departement}, as the extraction writes it (e.g. {@code 93}, {@code 2A})
 * @param departmentLabel {@code libdepartement}
 */
public record FinessEstablishment(String finess, String name, String categoryCode, String categoryLabel,
                                  String department, String departmentLabel) {
}
