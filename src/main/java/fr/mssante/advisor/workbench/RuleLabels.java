package fr.mssante.advisor.workbench;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.util.Map;

/**
 * A rule's metadata in words for people ({@code rules list}, {@code rules doc}, {@code explain}). The DRL
 * says {@code @severity("WARNING") @subject("mailbox")}; a French reader sees the severities as the text
 * report heads its sections (ERREURS, AVERTISSEMENTS, RECOMMANDATIONS), in the singular. JSON keeps the
 * identifiers.
 */
public record RuleLabels(Lang lang) {

    /** The subject kinds of the shipped pack; a kind an analyst adds is shown as written. */
    private static final Map<String, String> SUBJECTS_FR = Map.of(
            "structure", "structure",
            "professional", "professionnel",
            "mailbox", "boîte aux lettres",
            "exchange", "échange",
            "legalEntityFiness", "FINESS juridique",
            "acknowledged subject", "objet d'une dérogation");

    private static final Map<String, String> SUBJECTS_EN = Map.of(
            "legalEntityFiness", "legal entity FINESS");

    public String severity(Severity s) {
        if (lang == Lang.EN) {
            return s.name();
        }
        return switch (s) {
            case ERROR -> "ERREUR";
            case WARNING -> "AVERTISSEMENT";
            case INFO -> "RECOMMANDATION";
        };
    }

    public String subjectKind(String kind) {
        return (lang == Lang.FR ? SUBJECTS_FR : SUBJECTS_EN).getOrDefault(kind, kind);
    }
}
