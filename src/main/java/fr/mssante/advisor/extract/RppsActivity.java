package fr.mssante.advisor.extract;

/**
 * One activity line of the RPPS extraction: a professional and one place where they practise. Empty
 * fields are null. Holds names and RPPS numbers: {@link #toString()} leaves them out.
 *
 * @param line              its line number in the file (from 1)
 * @param ppIdType          {@code Type d'identifiant PP}: {@code 8} RPPS, {@code 0} ADELI
 * @param nationalId        {@code Identification nationale PP}: the type digit then the identifier
 * @param professionCode    {@code Code profession} (ANS TRE_G15 / TRE_R94: 10 médecin, 60 infirmier…)
 * @param categoryCode      {@code Code catégorie professionnelle} (civil, military, student…)
 * @param modeCode          {@code Code mode exercice} (liberal, salaried, volunteer)
 * @param finessSite        {@code Numéro FINESS site}: the establishment (FINESS ET) where this activity is
 * @param finessLegalEntity {@code Numéro FINESS établissement juridique}
 * @param departmentCode    {@code Code Département (structure)}, as written (absent before 2021)
 */
public record RppsActivity(long line, String ppIdType, String ppId, String nationalId, String civilityCode,
                           String civilityLabel, String lastName, String firstName, String professionCode,
                           String professionLabel, String categoryCode, String categoryLabel,
                           String savoirFaireTypeCode, String savoirFaireCode, String savoirFaireLabel,
                           String modeCode, String modeLabel, String finessSite, String finessLegalEntity,
                           String siteName, String departmentCode, String departmentLabel) {

    /** The RPPS number (11 digits), or null for someone known by an ADELI number only. */
    public String rpps() {
        return NationalIds.rpps(ppIdType, ppId, nationalId);
    }

    /** The ADELI number, or null. */
    public String adeli() {
        return NationalIds.adeli(ppIdType, ppId, nationalId);
    }

    @Override
    public String toString() {
        return "RppsActivity[line=" + line + ", profession=" + professionCode + ", finessSite=" + finessSite + "]";
    }
}
