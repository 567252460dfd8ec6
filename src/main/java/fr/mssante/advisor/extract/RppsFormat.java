package fr.mssante.advisor.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The RPPS activity extraction of the Annuaire Santé as published
 * ({@code PS_LibreAcces_Personne_activite_AAAAMMJJhhmm.txt}): UTF-8, {@code |}-separated, one header
 * line, every line (header included) ended by a {@code |}; 48 columns in 2018, 52 in 2021, 56 from
 * 2025, whose names drift slightly: found by normalised name, with the spellings seen as aliases. One
 * line per activity: someone working in two places has two lines.
 */
public final class RppsFormat {

    static final Column PP_ID_TYPE = Column.of("Type d'identifiant PP", "Type identifiant PP");
    static final Column PP_ID = Column.of("Identifiant PP");
    static final Column NATIONAL_ID = Column.of("Identification nationale PP", "Identifiant national PP");
    static final Column CIVILITY_CODE = Column.of("Code civilité d'exercice");
    static final Column CIVILITY_LABEL = Column.of("Libellé civilité d'exercice");
    static final Column LAST_NAME = Column.of("Nom d'exercice");
    static final Column FIRST_NAME = Column.of("Prénom d'exercice");
    static final Column PROFESSION_CODE = Column.of("Code profession");
    static final Column PROFESSION_LABEL = Column.of("Libellé profession");
    static final Column CATEGORY_CODE = Column.of("Code catégorie professionnelle", "Code catégorie profession");
    static final Column CATEGORY_LABEL = Column.of("Libellé catégorie professionnelle", "Libellé catégorie profession");
    static final Column SAVOIR_FAIRE_TYPE_CODE = Column.of("Code type savoir-faire");
    static final Column SAVOIR_FAIRE_CODE = Column.of("Code savoir-faire");
    static final Column SAVOIR_FAIRE_LABEL = Column.of("Libellé savoir-faire");
    static final Column MODE_CODE = Column.of("Code mode exercice", "Code mode d'exercice");
    static final Column MODE_LABEL = Column.of("Libellé mode exercice", "Libellé mode d'exercice");
    static final Column FINESS_SITE = Column.of("Numéro FINESS site", "N° FINESS site", "Numéro FINESS du site");
    static final Column FINESS_LEGAL_ENTITY = Column.of("Numéro FINESS établissement juridique",
            "N° FINESS établissement juridique", "Numéro FINESS EJ");
    static final Column SITE_NAME = Column.of("Raison sociale site");
    static final Column DEPARTMENT_CODE = Column.of("Code Département (structure)", "Code département");
    static final Column DEPARTMENT_LABEL = Column.of("Libellé Département (structure)", "Libellé département");

    /** What {@code init} cannot do without: who, which profession, where. */
    static final List<Column> REQUIRED = List.of(PP_ID_TYPE, PP_ID, NATIONAL_ID, LAST_NAME, FIRST_NAME,
            PROFESSION_CODE, FINESS_SITE, FINESS_LEGAL_ENTITY);

    /** Every column the reader knows. */
    static final List<Column> ALL = List.of(PP_ID_TYPE, PP_ID, NATIONAL_ID, CIVILITY_CODE, CIVILITY_LABEL, LAST_NAME,
            FIRST_NAME, PROFESSION_CODE, PROFESSION_LABEL, CATEGORY_CODE, CATEGORY_LABEL, SAVOIR_FAIRE_TYPE_CODE,
            SAVOIR_FAIRE_CODE, SAVOIR_FAIRE_LABEL, MODE_CODE, MODE_LABEL, FINESS_SITE, FINESS_LEGAL_ENTITY, SITE_NAME,
            DEPARTMENT_CODE, DEPARTMENT_LABEL);

    static final String NAME_FR = "l'extraction RPPS des activités";
    static final String NAME_EN = "the RPPS activity extraction";

    private static final Pattern FILE_DATE = Pattern.compile("(?i)PS_LibreAcces_Personne_activite_(\\d{8})");

    private RppsFormat() {
    }

    static LocalDate dateInName(String name) {
        return FileDates.inName(FILE_DATE, name);
    }
}
