package fr.mssante.advisor.init;

import static fr.mssante.advisor.init.CommentedYaml.after;
import static fr.mssante.advisor.init.CommentedYaml.before;
import static fr.mssante.advisor.init.CommentedYaml.bool;
import static fr.mssante.advisor.init.CommentedYaml.text;
import static fr.mssante.advisor.init.CommentedYaml.word;

import fr.mssante.advisor.api.SetupModel;
import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.setup.ReadLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Writes a {@link SetupDraft} as a setup file (setup-format.md) with French comments: where each value
 * came from, and {@value #TO_COMPLETE} on every fact only the structure knows. A value the format
 * requires but nobody knows gets its most cautious valid value (docs/spec-readings.md says which);
 * an optional fact nobody knows is a commented example line, so that the file audits as it stands.
 */
public final class SetupYamlWriter {

    /** The mark a director searches for. */
    public static final String TO_COMPLETE = "À COMPLÉTER";
    private static final String TC = TO_COMPLETE + " : ";
    /** Longer text values would be an input error (reading limits): cut, and said. */
    static final int MAX_TEXT = ReadLimits.DEFAULTS.maxStringChars();

    private SetupYamlWriter() {
    }

    /** @param preparedOn the day written in the heading */
    public static String write(SetupDraft draft, LocalDate preparedOn) {
        CommentedYaml.Block root = new CommentedYaml.Block();
        root.put("format", word(SetupModel.FORMAT));
        after(root.put("structure", structure(draft).node()), draft.finessSource().dated() + ", ligne "
                + draft.structure().line());
        root.put("deployment", deployment(draft).node());
        before(root.put("professionals", professionals(draft)), professionalsHeading(draft));
        before(root.put("mailboxes", mailboxes(draft)), mailboxesHeading(draft));
        before(root.put("exchanges", CommentedYaml.list(List.of())), List.of(
                TC + "les échanges avec les partenaires (pharmacie, hôpital, médecins, autres ESSMS, usagers…),",
                "un par flux, par exemple :",
                "  - id: ex-pharmacie",
                "    partner: \"Pharmacie du Centre\"",
                "    partnerType: PHARMACY      # PHARMACY, HOSPITAL, PRACTITIONER, ESSMS, USAGER ou OTHER",
                "    channel: MSSANTE           # MSSANTE, STANDARD_EMAIL, DOCTOLIB, LINK, FAX ou POSTAL",
                "    address: \"officine@pharmacie-centre.mssante.fr\"",
                "    content: PRESCRIPTION      # PRESCRIPTION, REPORT, CARE_COORDINATION, ADMINISTRATIVE ou OTHER",
                "    fromMailbox: " + (draft.mailboxes().isEmpty() ? "bal-…" : draft.mailboxes().get(0).id())
                        + "   # la boîte de la structure utilisée"));
        return CommentedYaml.write(root, heading(draft, preparedOn));
    }

    private static List<String> heading(SetupDraft d, LocalDate preparedOn) {
        List<String> h = new ArrayList<>();
        h.add("Configuration MSSanté de « " + d.structure().name() + " » (FINESS " + d.structure().finess() + "),");
        h.add("préparée par mssante-advisor init le " + Wording.of(Lang.FR).date(preparedOn)
                + " d'après les extractions publiques :");
        h.add("  - " + d.finessSource().dated() + " : " + d.finessSource().fileName());
        h.add("  - " + d.mailboxSource().dated() + " : " + d.mailboxSource().fileName());
        h.add(d.rppsSource() == null ? "  - RPPS (activités) : non fourni (--rpps), aucun professionnel n'a pu être repris"
                : "  - " + d.rppsSource().dated() + " : " + d.rppsSource().fileName());
        h.add("Les lignes « " + TO_COMPLETE + " » portent sur ce que seule la structure sait : une valeur prudente");
        h.add("y est écrite, ou un exemple en commentaire. Complétez-les, puis auditez le fichier");
        h.add("(mssante-advisor audit FICHIER) : le rapport dit ce qui manque encore.");
        return h;
    }

    private static CommentedYaml.Block structure(SetupDraft d) {
        SetupDraft.Structure s = d.structure();
        CommentedYaml.Block b = new CommentedYaml.Block();
        ScalarNode name = textValue(s.name());
        b.put("name", name);
        if (!s.nameFromFiness()) {
            after(name, TC + "le FINESS ne donne pas de nom à cet établissement");
        }
        b.put("finess", textValue(s.finess()));
        after(b.last(), "FINESS ET (établissement géographique)" + (s.department() == null ? "" : ", département " + s.department()));
        if (s.legalEntityFiness() != null) {
            b.put("legalEntityFiness", textValue(s.legalEntityFiness()));
            after(b.last(), "FINESS EJ (entité juridique)" + (s.legalEntityName() == null ? ""
                    : " : " + s.legalEntityName()));
        }
        b.put("category", word(s.category()));
        after(b.last(), s.categoryMapped()
                ? "catégorie FINESS " + s.categoryCode() + labelled(s.categoryLabel())
                : TC + "catégorie FINESS " + (s.categoryCode() == null ? "non indiquée" : s.categoryCode()
                + labelled(s.categoryLabel())) + " ; absente de " + ExtractReference.CATEGORIES_FILE
                + " ; la catégorie du format qui convient, sinon AUTRE");
        b.put("hospitalBased", bool(false));
        after(b.last(), TC + "true si la structure est gérée par un établissement de santé");
        ScalarNode protocol = b.put("usageProtocol", bool(false));
        before(protocol, List.of(
                TC + "les équipes de prise en charge (une boîte organisationnelle par équipe), par exemple :",
                "  careTeams:",
                "    - id: equipe-soins",
                "      name: \"Équipe de soins\"",
                TC + "les cas d'usage de la MSSanté dans la structure, par exemple :",
                "  useCases: [\"Envoi des transmissions au médecin traitant\"]",
                TC + "le logiciel métier (dossier usager informatisé), par exemple :",
                "  dui: { name: \"NomDuLogiciel\" }"));
        after(b.last(), TC + "true si un protocole d'utilisation de la MSSanté est rédigé");
        b.put("documentIntegration", bool(false));
        after(b.last(), TC + "true si les documents reçus sont intégrés au dossier usager (DUI)");
        return b;
    }

    private static CommentedYaml.Block deployment(SetupDraft d) {
        CommentedYaml.Block b = new CommentedYaml.Block();
        ScalarNode deployed = b.put("deployed", bool(false));
        before(deployed, List.of(
                TC + "le programme de financement et l'échéance de l'engagement MSSanté, par exemple :",
                "  programme:",
                "    name: \"ESMS numérique\"",
                "    deadline: 2026-12-31"));
        long boxes = d.mailboxes().size();
        after(b.last(), TC + "true si la MSSanté est utilisée dans la structure (false par prudence"
                + (boxes == 0 ? ")" : " ; l'Annuaire Santé publie " + Wording.of(Lang.FR).counted(boxes, "boîte", "boîtes")
                + " pour ce FINESS)"));
        return b;
    }

    private static List<String> professionalsHeading(SetupDraft d) {
        if (d.rppsSource() == null) {
            return List.of("Professionnels : sans extraction RPPS (--rpps), aucun n'a pu être repris.",
                    TC + "les professionnels de la structure (id, firstName, lastName, profession, rpps…).");
        }
        return List.of("Professionnels : " + d.rppsSource().dated() + ", activités dont le « Numéro FINESS site »"
                        + " est " + d.structure().finess() + (d.professionals().isEmpty() ? " (aucune)." : "."),
                TC + "ajoutez ceux que le RPPS ne connaît pas (secrétariat, direction, professionnels sociaux pas",
                "encore enregistrés…) et vérifiez pour chacun le rôle, la carte et l'administrateur établissement.");
    }

    private static Node professionals(SetupDraft d) {
        List<Node> items = new ArrayList<>(d.professionals().size());
        for (SetupDraft.Professional p : d.professionals()) {
            CommentedYaml.Block b = new CommentedYaml.Block();
            b.put("id", word(p.id()));
            after(b.last(), "RPPS, " + (p.lines().size() == 1 ? "ligne " : "lignes ")
                    + p.lines().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            if (p.firstName() != null) {
                b.put("firstName", textValue(p.firstName()));
            }
            if (p.lastName() != null) {
                b.put("lastName", textValue(p.lastName()));
            }
            b.put("profession", word(p.profession()));
            after(b.last(), p.professionMapped() ? "profession RPPS " + p.professionCode() + labelled(p.professionLabel())
                    : TC + "profession RPPS " + (p.professionCode() == null ? "non indiquée" : p.professionCode()
                    + labelled(p.professionLabel())) + " ; absente de " + ExtractReference.PROFESSIONS_FILE);
            if (p.rpps() != null) {
                b.put("rpps", textValue(p.rpps()));
            }
            if (p.adeli() != null) {
                b.put("adeli", textValue(p.adeli()));
            }
            if (p.registeredBy() != null) {
                b.put("registeredBy", word(p.registeredBy()));
                after(b.last(), "RPPS_PLUS".equals(p.registeredBy())
                        ? "enregistrement par l'établissement (RPPS+), d'après " + ExtractReference.PROFESSIONS_FILE
                        : "inscription par l'ordre ou l'autorité de la profession, d'après "
                        + ExtractReference.PROFESSIONS_FILE);
            }
            ScalarNode role = b.put("role", word("CARE"));
            if (p.registeredBy() == null) {
                before(role, List.of(TC + "comment la personne est enregistrée, par exemple :",
                        "  registeredBy: ORDER   # ORDER, RPPS_PLUS ou NONE"));
            }
            after(b.last(), TC + "CARE (soins), COORDINATION, MANAGEMENT ou ADMINISTRATIVE");
            b.put("card", word("NONE"));
            after(b.last(), TC + "CPS, CPE ou NONE");
            b.put("establishmentAdmin", bool(false));
            after(b.last(), TC + "true pour l'administrateur établissement du portail RPPS+ (carte CPE)");
            items.add(b.node());
        }
        return CommentedYaml.list(items);
    }

    private static List<String> mailboxesHeading(SetupDraft d) {
        List<String> h = new ArrayList<>();
        h.add("Boîtes aux lettres : " + d.mailboxSource().dated() + ", lignes dont la structure est le FINESS "
                + d.structure().finess() + (d.mailboxes().isEmpty() ? " (aucune)." : "."));
        if (d.foldedMailboxes() > 0) {
            h.add("(" + Wording.of(Lang.FR).counted(d.foldedMailboxes(), "ligne répétant une adresse déjà listée écartée",
                    "lignes répétant une adresse déjà listée écartées") + ".)");
        }
        if (d.mailboxes().isEmpty()) {
            h.add(TC + "les boîtes MSSanté de la structure, s'il y en a (id, address, type ORG, PER ou APP…).");
        }
        return h;
    }

    private static Node mailboxes(SetupDraft d) {
        List<Node> items = new ArrayList<>(d.mailboxes().size());
        for (SetupDraft.Mailbox m : d.mailboxes()) {
            CommentedYaml.Block b = new CommentedYaml.Block();
            b.put("id", word(m.id()));
            after(b.last(), "Annuaire Santé, ligne " + m.line() + (m.service() == null ? ""
                    : " ; service « " + m.service() + " »"));
            b.put("address", textValue(m.address()));
            if (!m.addressValid()) {
                after(b.last(), TC + "adresse invalide telle que publiée dans l'Annuaire Santé : à faire corriger"
                        + " par l'opérateur MSSanté");
            }
            b.put("type", word(m.type().name()));
            if (m.ownerId() != null) {
                b.put("owner", word(m.ownerId()));
                after(b.last(), "même identification nationale PP dans le RPPS et l'Annuaire Santé");
            }
            ScalarNode status = b.put("status", word("ACTIVE"));
            before(status, toComplete(m, d.rppsSource() != null));
            after(b.last(), "publiée dans l'Annuaire Santé");
            b.put("listedInDirectory", bool(true));
            after(b.last(), "publiée dans l'Annuaire Santé");
            items.add(b.node());
        }
        return CommentedYaml.list(items);
    }

    /** The commented lines of what only the structure knows about one mailbox. */
    private static List<String> toComplete(SetupDraft.Mailbox m, boolean rppsGiven) {
        List<String> lines = new ArrayList<>();
        if (m.type() == MailboxType.PER && m.ownerId() == null) {
            lines.add(TC + "titulaire" + (m.ownerHint() == null ? "" : " (" + m.ownerHint() + ")")
                    + (rppsGiven ? " absent de l'extraction RPPS pour ce site" : " inconnu sans extraction RPPS")
                    + " : ajoutez cette personne aux professionnels, puis indiquez son id :");
            lines.add("  owner: p-…");
        }
        lines.add(TC + "l'opérateur MSSanté qui a créé la boîte :  operator: \"…\"");
        if (m.type() == MailboxType.ORG || m.type() == MailboxType.APP) {
            lines.add(TC + "le responsable de la boîte (id d'un professionnel) :  responsible: p-…");
        }
        if (m.type() == MailboxType.ORG) {
            lines.add(TC + "qui peut l'ouvrir :  authorizedUsers: [p-…, p-…]");
            lines.add(TC + "l'équipe de prise en charge qu'elle sert, s'il y a lieu :  team: equipe-…");
        }
        lines.add(TC + "les logiciels qui l'ouvrent (DUI, OFFICE_365, WEBMAIL, MAIL_CLIENT) :  clients: [DUI]");
        lines.add(TC + "les transferts (forwarding) et la notification vers une messagerie standard, s'il y en a");
        return lines;
    }

    /** A text value within the reading limits; a longer one (never seen in a real extract) is cut and said. */
    private static ScalarNode textValue(String value) {
        if (value.length() <= MAX_TEXT) {
            return text(value);
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        ScalarNode cut = text(value.substring(0, end));
        after(cut, TC + "valeur de l'extraction coupée à " + end + " caractères");
        return cut;
    }

    private static String labelled(String label) {
        return label == null || label.isBlank() ? "" : " : " + label.trim();
    }
}
