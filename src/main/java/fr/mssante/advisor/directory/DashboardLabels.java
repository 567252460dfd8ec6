package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.FinessPublication;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The dashboard's words in the report's language, shared by the text and HTML renderers. */
final class DashboardLabels {

    private final Lang lang;

    DashboardLabels(Lang lang) {
        this.lang = lang;
    }

    private String pick(String fr, String en) {
        return lang == Lang.EN ? en : fr;
    }

    String title() {
        return pick("Équipement MSSanté des ESSMS", "MSSanté equipment of social and medico-social structures");
    }

    String subtitle() {
        return pick("d'après l'extraction FINESS et l'extraction des boîtes MSSanté de l'Annuaire Santé",
                "from the FINESS extraction and the Annuaire Santé extraction of MSSanté mailboxes");
    }

    String byDepartment() {
        return pick("Par département", "By department");
    }

    String byCategory() {
        return pick("Par catégorie", "By category");
    }

    String establishments() {
        return pick("Établissements", "Establishments");
    }

    String establishmentsShort() {
        return pick("Étab.", "Estab.");
    }

    String department() {
        return pick("Département", "Department");
    }

    String category() {
        return pick("Catégorie", "Category");
    }

    String code() {
        return "Code";
    }

    String name() {
        return pick("Nom", "Name");
    }

    String equipped() {
        return pick("Équipés (≥ 1 BAL)", "Equipped (≥ 1 mailbox)");
    }

    String withOrg() {
        return pick("Avec BAL ORG", "With ORG");
    }

    String withoutOrg() {
        return pick("Sans BAL ORG", "Without ORG");
    }

    String equipmentRate() {
        return pick("Taux d'équipement", "Equipment rate");
    }

    String orgRate() {
        return pick("Taux BAL ORG", "ORG rate");
    }

    String mailboxes() {
        return pick("BAL", "Mailboxes");
    }

    String findings() {
        return pick("Constats", "Findings");
    }

    String noOrg() {
        return pick("aucune BAL organisationnelle", "no organisational mailbox");
    }

    String none() {
        return pick("aucune", "none");
    }

    String withoutOrgTitle() {
        return pick("Établissements sans BAL organisationnelle", "Establishments without an organisational mailbox");
    }

    String onlyWithoutOrg() {
        return pick("Seulement ceux sans BAL organisationnelle", "Only those without an organisational mailbox");
    }

    String allCategories() {
        return pick("Toutes les catégories", "All categories");
    }

    String search() {
        return pick("Rechercher (nom, FINESS)", "Search (name, FINESS)");
    }

    String sortHint() {
        return pick("Cliquez sur un en-tête de colonne pour trier.", "Click a column header to sort.");
    }

    String rulesApplied() {
        return pick("Règles appliquées", "Rules applied");
    }

    String rulesNotApplicable() {
        return pick("Règles non applicables (elles lisent des informations absentes des extractions)",
                "Rules not applicable (they read facts the extractions do not carry)");
    }

    String severity() {
        return pick("Gravité", "Severity");
    }

    String rule() {
        return pick("Règle", "Rule");
    }

    String inputs() {
        return pick("Fichiers lus", "Files read");
    }

    String total() {
        return pick("Total", "Total");
    }

    String noEstablishment() {
        return pick("Aucun établissement dans le périmètre : vérifiez --categories et --department.",
                "No establishment in scope: check --categories and --department.");
    }

    String ruleFailures() {
        return pick("Règles en échec", "Rules that failed");
    }

    String summary(Dashboard.Area total) {
        return pick(String.format(Locale.FRANCE, "%d établissements, %d équipés (%s), %d avec une BAL organisationnelle (%s).",
                        total.structures(), total.equipped(), percent(total.equipmentRate()), total.withOrg(),
                        percent(total.orgRate())),
                String.format(Locale.ENGLISH, "%d establishments, %d equipped (%s), %d with an organisational mailbox (%s).",
                        total.structures(), total.equipped(), percent(total.equipmentRate()), total.withOrg(),
                        percent(total.orgRate())));
    }

    String finessInput(Dashboard.Inputs in) {
        FinessReading r = in.finess();
        String publication = r.publication() == FinessPublication.JSON_FLUX ? pick("flux JSON", "JSON flux")
                : pick("fichier Etalab", "Etalab file");
        String date = r.publishedOn() == null ? "" : pick(" du ", " of ") + Wording.date(r.publishedOn(), lang);
        return pick("FINESS : " + in.finessFile() + " (" + publication + date + ") — "
                        + Wording.count(r.lines(), "ligne", "lignes", Lang.FR) + ", "
                        + Wording.count(r.establishments(), "établissement", "établissements", Lang.FR) + ", "
                        + in.inScope() + " dans le périmètre, encodage " + r.charset().name() + ".",
                "FINESS: " + in.finessFile() + " (" + publication + date + ") — "
                        + Wording.count(r.lines(), "line", "lines", Lang.EN) + ", "
                        + Wording.count(r.establishments(), "establishment", "establishments", Lang.EN) + ", "
                        + in.inScope() + " in scope, encoding " + r.charset().name() + ".");
    }

    /** Null when no closed establishment matched the scope. */
    String closedLeftOut(Dashboard.Inputs in) {
        long n = in.read().closedLeftOut();
        if (n == 0) {
            return null;
        }
        return pick(Wording.count(n, "établissement fermé laissé", "établissements fermés laissés", Lang.FR)
                        + " hors du périmètre (inactifs ou date de fermeture passée).",
                Wording.count(n, "closed establishment", "closed establishments", Lang.EN)
                        + " left out (inactive, or closing date past).");
    }

    String mailboxInput(Dashboard.Inputs in) {
        MailboxReading r = in.mailboxes();
        String entry = r.zipEntry() == null ? "" : " (" + r.zipEntry() + ")";
        long folded = in.read().foldedMailboxes();
        String foldedFr = folded == 0 ? "" : ", " + Wording.count(folded, "répétition d'une adresse déjà comptée ignorée",
                "répétitions d'adresses déjà comptées ignorées", Lang.FR);
        String foldedEn = folded == 0 ? "" : ", " + Wording.count(folded, "repeat of an address already counted",
                "repeats of addresses already counted", Lang.EN) + " folded";
        return pick("Annuaire Santé : " + in.mailboxFile() + entry + " — " + Wording.count(r.lines(), "ligne", "lignes", Lang.FR)
                        + ", " + Wording.count(r.mailboxes(), "boîte", "boîtes", Lang.FR) + ", dont "
                        + in.attachedMailboxes() + " rattachée" + (in.attachedMailboxes() > 1 ? "s" : "")
                        + " à un établissement du périmètre et " + in.otherMailboxes()
                        + " à une autre structure ou sans FINESS" + foldedFr + ".",
                "Annuaire Santé: " + in.mailboxFile() + entry + " — " + Wording.count(r.lines(), "line", "lines", Lang.EN)
                        + ", " + Wording.count(r.mailboxes(), "mailbox", "mailboxes", Lang.EN) + ": "
                        + in.attachedMailboxes() + " attached to an establishment in scope, " + in.otherMailboxes()
                        + " to another structure or without FINESS" + foldedEn + ".");
    }

    /** One line per code the reference data does not map (written AUTRE), or none. */
    List<String> unmapped(Dashboard.Inputs in) {
        return in.read().unmapped().stream().map(u -> {
            String label = u.label() == null ? "" : " (" + u.label() + ")";
            return u.kind() == UnmappedCode.Kind.FINESS_CATEGORY
                    ? pick("Catégorie FINESS " + u.code() + label + " absente de reference/finess-categories.yaml :"
                            + " vue comme AUTRE (" + Wording.count(u.count(), "établissement", "établissements", Lang.FR) + ").",
                    "FINESS category " + u.code() + label + " not in reference/finess-categories.yaml: seen as AUTRE ("
                            + Wording.count(u.count(), "establishment", "establishments", Lang.EN) + ").")
                    : pick("Profession RPPS " + u.code() + label + " absente de reference/rpps-professions.yaml : vue comme"
                            + " AUTRE (" + Wording.count(u.count(), "activité", "activités", Lang.FR) + ").",
                    "RPPS profession " + u.code() + label + " not in reference/rpps-professions.yaml: seen as AUTRE ("
                            + Wording.count(u.count(), "activity", "activities", Lang.EN) + ").");
        }).toList();
    }

    /** Null when there is no malformed line. */
    String malformed(String which, MalformedLines m) {
        if (m.count() == 0) {
            return null;
        }
        String lines = m.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (m.count() > m.firstLines().size() ? ", …" : "");
        return pick(which + " : " + Wording.count(m.count(), "ligne mal formée ignorée", "lignes mal formées ignorées", Lang.FR)
                        + " (" + (m.count() > 1 ? "premières : " : "ligne ") + lines + ").",
                which + ": " + Wording.count(m.count(), "malformed line", "malformed lines", Lang.EN) + " skipped ("
                        + (m.count() > 1 ? "first: " : "line ") + lines + ").");
    }

    String scope(Dashboard.Inputs in) {
        String departments = in.departmentsInScope().isEmpty() ? pick("tous", "all")
                : String.join(", ", in.departmentsInScope());
        return pick("Périmètre : catégories FINESS " + String.join(", ", in.categoriesInScope()) + " ; départements : "
                        + departments + ".",
                "Scope: FINESS categories " + String.join(", ", in.categoriesInScope()) + "; departments: "
                        + departments + ".");
    }

    String trustSpace(Dashboard.TrustSpace t) {
        if (t.file() == null) {
            return pick("Espace de confiance : liste du paquet de règles (reference/trust-space.yaml : suffixes "
                            + String.join(", ", t.suffixes()) + " et " + Wording.count(t.domains(), "domaine exact",
                            "domaines exacts", Lang.FR) + ").",
                    "Trust space: the rule pack's list (reference/trust-space.yaml: suffixes "
                            + String.join(", ", t.suffixes()) + " and " + Wording.count(t.domains(), "exact domain",
                            "exact domains", Lang.EN) + ").");
        }
        String when = t.generation() == null ? "" : pick(", générée le ", ", generated on ") + t.generation();
        return pick("Espace de confiance : liste blanche officielle " + t.file() + " (" + t.domains() + " domaines" + when
                        + ").",
                "Trust space: official whitelist " + t.file() + " (" + t.domains() + " domains" + when + ").");
    }

    /** French puts a space before a colon, English does not. */
    String colon() {
        return pick(" : ", ": ");
    }

    String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }

    String join(List<String> items) {
        return String.join(", ", items);
    }
}
