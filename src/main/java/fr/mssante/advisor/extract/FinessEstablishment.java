package fr.mssante.advisor.extract;

import java.time.LocalDate;

/**
 * One establishment (FINESS ET, entité géographique) of either FINESS publication. Empty fields are
 * null. Carries no personal data.
 *
 * @param line                its line in the file (the CSV's {@code structureet} line, the line where the
 *                            JSON flux opens its {@code ege} object)
 * @param finess              {@code nofinesset} / {@code numFinessEge}
 * @param legalEntityFiness   {@code nofinessej} / the {@code numFinessPm} of its {@code pmej}
 * @param legalEntityName     the legal entity's {@code denominationPm} (JSON flux only)
 * @param name                {@code rs} / {@code nomEgeCourt}, else the long name
 * @param longName            {@code rslongue} / {@code nomEgeLong}
 * @param categoryCode        {@code categetab} / {@code categorieEntiteGeographiqueExercice}
 * @param categoryLabel       {@code libcategetab} (the JSON flux gives none)
 * @param department          the INSEE department code ({@code 93}, {@code 2A}, {@code 971}), from
 *                            {@code departement} or {@code cogCommune}; null when neither says
 * @param departmentAsWritten what the file wrote ({@code 9A}, or the commune code)
 * @param departmentLabel     {@code libdepartement}, else the department's name
 * @param closedOn            {@code dateFermeture} (JSON flux only)
 * @param active              false when the flux marks it inactive ({@code etatObjet} {@code I})
 */
public record FinessEstablishment(long line, FinessPublication publication, String finess,
                                  String legalEntityFiness, String legalEntityName, String name, String longName,
                                  String categoryCode, String categoryLabel, String department,
                                  String departmentAsWritten, String departmentLabel, String siret,
                                  String postalCode, String town, LocalDate openedOn, LocalDate closedOn,
                                  boolean active) {

    /**
     * Open on that day: not marked inactive, and no closing date before it (a closing date in the past
     * takes the establishment out of scope even while the flux still says active).
     */
    public boolean isOpenOn(LocalDate day) {
        return active && (closedOn == null || !closedOn.isBefore(day));
    }
}
