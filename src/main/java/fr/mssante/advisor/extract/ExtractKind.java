package fr.mssante.advisor.extract;

import fr.mssante.advisor.i18n.LocalizedText;

/**
 * What a file looks like, from its first bytes ({@link Sniffer}): one of the three public extracts, or
 * what else it is, so that a wrong file is named as such ("this looks like the RPPS file") instead of
 * giving a dashboard of zeros.
 */
public enum ExtractKind {
    MAILBOXES("l'extraction des boîtes MSSanté de l'Annuaire Santé (Extraction_Correspondance_MSSante_….txt)",
            "the Annuaire Santé extraction of MSSanté mailboxes (Extraction_Correspondance_MSSante_….txt)"),
    RPPS_ACTIVITY("l'extraction RPPS des activités (PS_LibreAcces_Personne_activite_….txt)",
            "the RPPS activity extraction (PS_LibreAcces_Personne_activite_….txt)"),
    FINESS_CSV("l'extraction FINESS Etalab (etalab-cs1100507-stock-….csv)",
            "the FINESS Etalab extraction (etalab-cs1100507-stock-….csv)"),
    FINESS_JSON("le flux FINESS JSON (finess-structures-journalier-….json)",
            "the FINESS JSON flux (finess-structures-journalier-….json)"),
    RPPS_OTHER("une autre extraction RPPS de l'Annuaire Santé (diplômes, savoir-faire… : un en-tête « Identifiant PP »"
            + " sans les colonnes des activités)", "another RPPS extraction of the Annuaire Santé (diplomas, skills…: an"
            + " \"Identifiant PP\" header without the activity columns)"),
    MAILBOX_LINES("des lignes de boîtes MSSanté sans la ligne d'en-tête qui doit les précéder",
            "MSSanté mailbox lines without the header line that must come first"),
    RPPS_LINES("des lignes d'activités RPPS sans la ligne d'en-tête qui doit les précéder",
            "RPPS activity lines without the header line that must come first"),
    SETUP("un fichier de configuration MSSanté (mssante-setup), pas une extraction",
            "an MSSanté setup file (mssante-setup), not an extract"),
    JSON("un fichier JSON qui n'est pas le flux FINESS (ni « pmej » ni « schemaVersion »)",
            "a JSON file that is not the FINESS flux (neither \"pmej\" nor \"schemaVersion\")"),
    XML("un fichier XML (la liste blanche MSSanté ?), pas une extraction",
            "an XML file (the MSSanté whitelist?), not an extract"),
    ZIP("une archive ZIP", "a ZIP archive"),
    SPREADSHEET("un classeur (Excel ou OpenDocument), pas le fichier texte publié",
            "a spreadsheet (Excel or OpenDocument), not the published text file"),
    BINARY("un fichier binaire (PDF, image…), pas un texte", "a binary file (PDF, image…), not text"),
    EMPTY("un fichier vide", "an empty file"),
    TEXT("un texte dont la première ligne n'est l'en-tête d'aucune extraction connue",
            "a text whose first line is the header of no known extract");

    private final LocalizedText description;

    ExtractKind(String fr, String en) {
        this.description = LocalizedText.of(fr, en);
    }

    /** What the file is, as a noun phrase ("l'extraction RPPS des activités (…)"). */
    public LocalizedText description() {
        return description;
    }

    /** "à" and a French noun phrase, contracted as French wants ("au flux…", "à l'extraction…", "à un fichier…"). */
    static String toFr(String nounPhrase) {
        if (nounPhrase.startsWith("le ")) {
            return "au " + nounPhrase.substring(3);
        }
        if (nounPhrase.startsWith("les ")) {
            return "aux " + nounPhrase.substring(4);
        }
        return "à " + nounPhrase;
    }

    public boolean isFiness() {
        return this == FINESS_CSV || this == FINESS_JSON;
    }
}
