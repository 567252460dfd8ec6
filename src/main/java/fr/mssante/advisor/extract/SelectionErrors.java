package fr.mssante.advisor.extract;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import java.nio.file.Path;
import java.util.Set;

/**
 * The sentences for a selection the FINESS cannot satisfy: an unknown or closed establishment, a legal
 * entity without open establishments, an unknown category. They name the code the user gave, never
 * personal data.
 */
final class SelectionErrors {

    private SelectionErrors() {
    }

    static void checkFound(Selection selection, Path file, FinessReading read, boolean none, FinessEstablishment closed,
                           boolean askedIsLegalEntity, boolean askedIsEstablishment) {
        if (!none) {
            return;
        }
        String readFr = " (" + Wording.of(Lang.FR).counted(read.establishments(), "établissement lu", "établissements lus") + ")";
        String readEn = " (" + Wording.of(Lang.EN).counted(read.establishments(), "establishment", "establishments") + " read)";
        if (selection instanceof Selection.Establishment s) {
            if (closed != null) {
                throw unknown(file, "l'établissement FINESS " + s.finess() + " est fermé" + when(closed, Lang.FR)
                                + " dans " + file + " ; il n'y a rien à préparer pour lui.",
                        "establishment FINESS " + s.finess() + " is closed" + when(closed, Lang.EN) + " in " + file
                                + "; there is nothing to prepare for it.");
            }
            throw unknown(file, "FINESS " + s.finess() + " absent de " + file + readFr
                            + (askedIsLegalEntity ? " comme établissement : c'est le FINESS d'une entité juridique"
                            + " (--legal-entity " + s.finess() + ")." : " : vérifiez le numéro (FINESS géographique de"
                            + " l'établissement, 9 caractères) et la date de l'extraction."),
                    "FINESS " + s.finess() + " not in " + file + readEn
                            + (askedIsLegalEntity ? " as an establishment: it is a legal entity's FINESS (--legal-entity "
                            + s.finess() + ")." : ": check the number (the establishment's FINESS ET, 9 characters)"
                            + " and the extract's date."));
        }
        if (selection instanceof Selection.LegalEntity l) {
            if (closed != null) {
                throw unknown(file, "l'entité juridique FINESS " + l.finess() + " n'a plus aucun établissement ouvert"
                        + " dans " + file + ".", "legal entity FINESS " + l.finess() + " has no open establishment left in "
                        + file + ".");
            }
            throw unknown(file, "aucun établissement de l'entité juridique FINESS " + l.finess() + " dans " + file + readFr
                            + (askedIsEstablishment ? " : c'est le FINESS d'un établissement (init " + l.finess() + ")."
                            : " : vérifiez le numéro (FINESS juridique, 9 caractères)."),
                    "no establishment of legal entity FINESS " + l.finess() + " in " + file + readEn
                            + (askedIsEstablishment ? ": it is an establishment's FINESS (init " + l.finess() + ")."
                            : ": check the number (the legal entity's FINESS EJ, 9 characters)."));
        }
    }

    /** A category neither the reference data nor the FINESS knows is a slip (a typo, a code of another list). */
    static void checkCategories(Selection.Area area, ExtractReference reference, Set<String> inFile) {
        for (String code : area.categories()) {
            if (reference.category(code).isEmpty() && !inFile.contains(code)) {
                Set<String> known = new java.util.TreeSet<>(reference.categories().keySet());
                known.addAll(inFile);
                throw unknownCategory(code, reference, known);
            }
        }
    }

    /** A category code nobody knows, with the nearest known one and its label when the reference data has it. */
    static ExtractException unknownCategory(String code, ExtractReference reference, Set<String> known) {
        String near = KnownCodes.closest(code, known).orElse(null);
        String label = near == null ? null : reference.category(near).map(ExtractReference.Category::label).orElse(null);
        String named = near == null ? "" : near + (label == null ? "" : " « " + label + " »");
        String namedEn = near == null ? "" : near + (label == null ? "" : " \"" + label + "\"");
        return ExtractException.of(ExtractException.Kind.UNKNOWN_CODE, null,
                "catégorie FINESS « " + code + " » inconnue : ni dans " + ExtractReference.CATEGORIES_FILE
                        + " ni dans l'extraction FINESS" + (near == null ? " (500 pour les EHPAD, 354 pour les SSIAD…)."
                        : " ; la plus proche est " + named + "."),
                "unknown FINESS category \"" + code + "\": neither in " + ExtractReference.CATEGORIES_FILE
                        + " nor in the FINESS extract" + (near == null ? " (500 for EHPAD, 354 for SSIAD…)."
                        : "; the nearest is " + namedEn + "."));
    }

    private static String when(FinessEstablishment e, Lang lang) {
        if (e.closedOn() == null) {
            return lang == Lang.FR ? " (marqué inactif)" : " (marked inactive)";
        }
        return (lang == Lang.FR ? " depuis le " : " since ") + Wording.of(lang).date(e.closedOn());
    }

    private static ExtractException unknown(Path file, String fr, String en) {
        return ExtractException.of(ExtractException.Kind.UNKNOWN_CODE, file, fr, en);
    }
}
