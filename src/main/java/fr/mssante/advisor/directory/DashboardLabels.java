package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.FinessPublication;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.pack.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dashboard's fixed words in the report's language, shared by the text and HTML renderers; counts,
 * dates and severities come from the wording every report shares ({@link Wording}).
 */
final class DashboardLabels {

    private final Wording words;

    DashboardLabels(Lang lang) {
        this.words = Wording.of(lang);
    }

    private String pick(String fr, String en) {
        return words.pick(fr, en);
    }

    /** A severity as a badge: ERREUR, AVERTISSEMENT, RECOMMANDATION (ERROR… in English). */
    String severity(Severity s) {
        return words.severityLabel(s.name());
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

    String severityHeader() {
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
        String date = r.publishedOn() == null ? "" : pick(" du ", " of ") + words.date(r.publishedOn());
        return pick("FINESS : " + in.finessFile() + " (" + publication + date + ") — "
                        + Wording.of(Lang.FR).counted(r.lines(), "ligne", "lignes") + ", "
                        + Wording.of(Lang.FR).counted(r.establishments(), "établissement", "établissements") + ", "
                        + in.inScope() + " dans le périmètre, encodage " + r.charset().name() + ".",
                "FINESS: " + in.finessFile() + " (" + publication + date + ") — "
                        + Wording.of(Lang.EN).counted(r.lines(), "line", "lines") + ", "
                        + Wording.of(Lang.EN).counted(r.establishments(), "establishment", "establishments") + ", "
                        + in.inScope() + " in scope, encoding " + r.charset().name() + ".");
    }

    /** Null when no closed establishment matched the scope. */
    String closedLeftOut(Dashboard.Inputs in) {
        long n = in.read().closedLeftOut();
        if (n == 0) {
            return null;
        }
        return pick(Wording.of(Lang.FR).counted(n, "établissement fermé laissé", "établissements fermés laissés")
                        + " hors du périmètre (inactifs ou date de fermeture passée).",
                Wording.of(Lang.EN).counted(n, "closed establishment", "closed establishments")
                        + " left out (inactive, or closing date past).");
    }

    String mailboxInput(Dashboard.Inputs in) {
        MailboxReading r = in.mailboxes();
        String entry = r.zipEntry() == null ? "" : " (" + r.zipEntry() + ")";
        long folded = in.read().foldedMailboxes();
        String foldedFr = folded == 0 ? "" : ", " + Wording.of(Lang.FR).counted(folded, "répétition d'une adresse déjà comptée ignorée",
                "répétitions d'adresses déjà comptées ignorées");
        String foldedEn = folded == 0 ? "" : ", " + Wording.of(Lang.EN).counted(folded, "repeat of an address already counted",
                "repeats of addresses already counted") + " folded";
        return pick("Annuaire Santé : " + in.mailboxFile() + entry + " — " + Wording.of(Lang.FR).counted(r.lines(), "ligne", "lignes")
                        + ", " + Wording.of(Lang.FR).counted(r.mailboxes(), "boîte", "boîtes") + ", dont "
                        + in.attachedMailboxes() + " rattachée" + (in.attachedMailboxes() > 1 ? "s" : "")
                        + " à un établissement du périmètre et " + in.otherMailboxes()
                        + " à une autre structure ou sans FINESS" + foldedFr + ".",
                "Annuaire Santé: " + in.mailboxFile() + entry + " — " + Wording.of(Lang.EN).counted(r.lines(), "line", "lines")
                        + ", " + Wording.of(Lang.EN).counted(r.mailboxes(), "mailbox", "mailboxes") + ": "
                        + in.attachedMailboxes() + " attached to an establishment in scope, " + in.otherMailboxes()
                        + " to another structure or without FINESS" + foldedEn + ".");
    }

    /** One line per code the reference data does not map (written AUTRE), or none. */
    List<String> unmapped(Dashboard.Inputs in) {
        return in.read().unmapped().stream().map(u -> {
            String label = u.label() == null ? "" : " (" + u.label() + ")";
            return u.kind() == UnmappedCode.Kind.FINESS_CATEGORY
                    ? pick("Catégorie FINESS " + u.code() + label + " absente de reference/finess-categories.yaml :"
                            + " vue comme AUTRE (" + Wording.of(Lang.FR).counted(u.count(), "établissement", "établissements") + ").",
                    "FINESS category " + u.code() + label + " not in reference/finess-categories.yaml: seen as AUTRE ("
                            + Wording.of(Lang.EN).counted(u.count(), "establishment", "establishments") + ").")
                    : pick("Profession RPPS " + u.code() + label + " absente de reference/rpps-professions.yaml : vue comme"
                            + " AUTRE (" + Wording.of(Lang.FR).counted(u.count(), "activité", "activités") + ").",
                    "RPPS profession " + u.code() + label + " not in reference/rpps-professions.yaml: seen as AUTRE ("
                            + Wording.of(Lang.EN).counted(u.count(), "activity", "activities") + ").");
        }).toList();
    }

    /** Null when there is no malformed line. */
    String malformed(String which, MalformedLines m) {
        if (m.count() == 0) {
            return null;
        }
        String lines = m.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (m.count() > m.firstLines().size() ? ", …" : "");
        String count = words.count(m.count(), "ligne mal formée ignorée", "lignes mal formées ignorées",
                "malformed line skipped", "malformed lines skipped");
        return pick(which + " : " + count + " (" + (m.count() > 1 ? "premières : " : "ligne ") + lines + ").",
                which + ": " + count + " (" + (m.count() > 1 ? "first: " : "line ") + lines + ").");
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
                            + String.join(", ", t.suffixes()) + " et " + words.count(t.domains(), "domaine exact",
                            "domaines exacts", "", "") + ").",
                    "Trust space: the rule pack's list (reference/trust-space.yaml: suffixes "
                            + String.join(", ", t.suffixes()) + " and " + Wording.of(Lang.EN).count(t.domains(),
                            "", "", "exact domain", "exact domains") + ").");
        }
        String when = t.generation() == null ? "" : pick(", générée le ", ", generated on ") + words.date(t.generation());
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
