package fr.mssante.advisor.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Annuaire Santé extraction of MSSanté mailboxes as published
 * ({@code Extraction_Correspondance_MSSante_AAAAMMJJhhmm.txt}, alone or as the only entry of a ZIP):
 * UTF-8, {@code |}-separated, no quoting, one header line, 31 columns, each line possibly ended by a
 * {@code |} (31 fields, or 32 whose last is empty). The columns the readers use, by header name.
 */
public final class MailboxFormat {

    static final Column TYPE = Column.of("Type de BAL", "Type BAL");
    static final Column ADDRESS = Column.of("Adresse BAL", "Adresse de BAL", "Adresse mail BAL");
    static final Column PP_ID_TYPE = Column.of("Type Identifiant PP", "Type d'identifiant PP");
    static final Column PP_ID = Column.of("Identifiant PP");
    static final Column NATIONAL_PP_ID = Column.of("Identification nationale PP", "Identifiant national PP");
    static final Column STRUCTURE_ID_TYPE = Column.of("Type identifiant structure", "Type d'identifiant structure");
    static final Column STRUCTURE_ID = Column.of("Identification Structure", "Identifiant structure");
    static final Column SERVICE = Column.of("Service de rattachement");
    static final Column CIVILITY = Column.of("Civilité d'exercice");
    static final Column LAST_NAME = Column.of("Nom d'exercice");
    static final Column FIRST_NAME = Column.of("Prénom d'exercice");
    static final Column PROFESSION_CODE = Column.of("Code Profession");
    static final Column PROFESSION_LABEL = Column.of("Libellé Profession");
    static final Column SAVOIR_FAIRE_CODE = Column.of("Code savoir-faire");
    static final Column SAVOIR_FAIRE_LABEL = Column.of("Libellé savoir-faire");
    static final Column STRUCTURE_NAME = Column.of("Raison Sociale structure BAL");
    static final Column DEPARTMENT = Column.of("Département structure BAL");

    /** Without these the file cannot be joined to the FINESS nor linked to the RPPS. */
    static final List<Column> REQUIRED = List.of(TYPE, ADDRESS, NATIONAL_PP_ID, STRUCTURE_ID_TYPE, STRUCTURE_ID);

    /** Every column the reader knows. */
    static final List<Column> ALL = List.of(TYPE, ADDRESS, PP_ID_TYPE, PP_ID, NATIONAL_PP_ID, STRUCTURE_ID_TYPE,
            STRUCTURE_ID, SERVICE, CIVILITY, LAST_NAME, FIRST_NAME, PROFESSION_CODE, PROFESSION_LABEL, SAVOIR_FAIRE_CODE,
            SAVOIR_FAIRE_LABEL, STRUCTURE_NAME, DEPARTMENT);

    /** {@code Type identifiant structure} of a FINESS (ANS code list: 0 ADELI cabinet, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS cabinet). */
    static final String FINESS_STRUCTURE = "1";

    static final String NAME_FR = "l'extraction des boîtes MSSanté de l'Annuaire Santé";
    static final String NAME_EN = "the Annuaire Santé extraction of MSSanté mailboxes";

    private static final Pattern FILE_DATE = Pattern.compile("(?i)Extraction_Correspondance_MSSante_(\\d{8})");

    private MailboxFormat() {
    }

    /** The extraction date its name carries ({@code …_202508010400.txt} → 1 August 2025), or null. */
    static LocalDate dateInName(String name) {
        return FileDates.inName(FILE_DATE, name);
    }

    /**
     * The FINESS in {@code Identification Structure}, written with or without the type digit {@code 1}
     * in front (the national structure id, 10 characters), or null when empty.
     */
    static String finessOf(String structureId) {
        String id = structureId.trim();
        if (id.length() == 10 && id.charAt(0) == '1') {
            return id.substring(1);
        }
        return id.isEmpty() ? null : id;
    }
}
