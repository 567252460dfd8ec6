package fr.mssante.advisor.extract.synthetic;

import fr.mssante.advisor.extract.synthetic.Vocabulary.Profile;
import fr.mssante.advisor.extract.synthetic.World.Person;
import fr.mssante.advisor.extract.synthetic.World.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the Annuaire Santé mailbox extraction as published: the 31-column header, PER mailboxes of
 * the professionals who work at an establishment (their {@code Identification nationale PP} links them
 * to the RPPS file), ORG and APP mailboxes, liberal PER and CAB mailboxes without FINESS, the structure
 * identified with or without the leading {@code 1}, some lines (and the header) ended by a {@code |},
 * a few repeated addresses, a few malformed lines and addresses badly written or outside the trust space.
 */
final class MailboxWriter {

    static final String[] HEADER = {"Type de BAL", "Adresse BAL", "Type Identifiant PP", "Identifiant PP",
        "Identification nationale PP", "Type identifiant structure", "Identification Structure",
        "Service de rattachement", "Civilité d'exercice", "Nom d'exercice", "Prénom d'exercice", "Catégorie profession",
        "Libellé de catégorie profession", "Code Profession", "Libellé Profession", "Code savoir-faire",
        "Libellé savoir-faire", "Dématérialisation", "Raison Sociale structure BAL", "Enseigne commerciale structure BAL",
        "L2COMPLEMENTLOCALISATION structure BAL", "L3COMPLEMENTDISTRIBUTION structure BAL", "L4NUMEROVOIE structure BAL",
        "L4COMPLEMENTNUMEROVOIE structure BAL", "NL4TYPEVOIE structure BAL", "L4LIBELLEVOIE structure BAL",
        "L5LIEUDITMENTION structure BAL", "L6LIGNEACHEMINEMENT structure BAL", "Code postal structure BAL",
        "Département structure BAL", "Pays structure BAL"};

    static final double OUTSIDE_TRUST_RATE = 0.015;
    static final double NON_ASCII_RATE = 0.003;
    static final double INVALID_ADDRESS_RATE = 0.001;
    /** About 169 repeats in 535,928 lines in August 2026. */
    static final double REPEAT_RATE = 0.0004;

    /** What was written. */
    record Counts(int lines, int malformed, int repeats) {
    }

    private final Random random;
    private final String eol;
    private final SyntheticExtracts.TrailingPipe trailing;
    private int written;
    private int malformed;
    private int repeats;

    MailboxWriter(long seed, String eol, SyntheticExtracts.TrailingPipe trailing) {
        this.random = new Random(seed ^ 0xBA1L);
        this.eol = eol;
        this.trailing = trailing;
    }

    Counts write(Writer out, World world, int total) throws IOException {
        out.write(String.join("|", HEADER) + (trailing == SyntheticExtracts.TrailingPipe.NONE ? "" : "|") + eol);
        for (Site s : world.sites()) {
            if (written >= total) {
                break;
            }
            if (!s.inCsv() && random.nextInt(10) != 0) {
                continue; // most closed establishments lost their mailboxes; a few stale ones remain
            }
            int[] mix = mix(s.category().profile());
            List<Person> staff = world.staff(s);
            for (int k = 0; k < mix[0] && k < staff.size() && written < total; k++) {
                mailbox(out, "PER", s, staff.get(k));
            }
            for (int k = 0; k < mix[1] && written < total; k++) {
                mailbox(out, "ORG", s, null);
            }
            for (int k = 0; k < mix[2] && written < total; k++) {
                mailbox(out, "APP", s, null);
            }
        }
        for (long j = 0; written < total; j++) {
            Person p = world.liberal(j, random);
            mailbox(out, random.nextInt(200) == 0 ? "CAB" : "PER", null, p);
        }
        return new Counts(written, malformed, repeats);
    }

    /** How many PER, ORG and APP mailboxes an establishment of this kind has. */
    private int[] mix(Profile p) {
        return switch (p) {
            case EHPAD -> random.nextDouble() < 0.78
                    ? new int[] {random.nextInt(4), random.nextDouble() < 0.72 ? 1 + geometric(0.5) : 0,
                        random.nextDouble() < 0.2 ? 1 : 0}
                    : new int[] {0, 0, 0};
            case HOME_CARE, DISABILITY, SOCIAL -> random.nextDouble() < 0.5
                    ? new int[] {random.nextInt(3), random.nextDouble() < 0.65 ? 1 + geometric(0.6) : 0,
                        random.nextDouble() < 0.1 ? 1 : 0}
                    : new int[] {0, 0, 0};
            case HOSPITAL -> new int[] {20 + random.nextInt(160), 2 + random.nextInt(10), 1 + random.nextInt(3)};
            case PHARMACY -> new int[] {random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0,
                random.nextDouble() < 0.1 ? 1 : 0, 0};
            case CARE_CENTRE -> random.nextDouble() < 0.4
                    ? new int[] {random.nextInt(6), random.nextDouble() < 0.5 ? 1 : 0, 0} : new int[] {0, 0, 0};
        };
    }

    private int geometric(double stop) {
        int n = 0;
        while (random.nextDouble() > stop && n < 6) {
            n++;
        }
        return n;
    }

    private void mailbox(Writer out, String type, Site s, Person p) throws IOException {
        boolean personal = p != null;
        String local = personal ? World.slug(p.firstName()).replace("-", "") + "." + World.slug(p.lastName())
                + (random.nextInt(50) == 0 ? "" : String.valueOf(random.nextInt(100)))
                : type.equals("APP") ? "dui" : Vocabulary.ORG_SERVICES[random.nextInt(Vocabulary.ORG_SERVICES.length)];
        String domain = s == null || personal && random.nextBoolean()
                ? Vocabulary.OPERATOR_DOMAINS[random.nextInt(Vocabulary.OPERATOR_DOMAINS.length)] : s.slug() + ".mssante.fr";
        double r = random.nextDouble();
        String address;
        if (r < OUTSIDE_TRUST_RATE) {
            address = local + "@" + (s == null || random.nextBoolean()
                    ? Vocabulary.OUTSIDE_DOMAINS[random.nextInt(Vocabulary.OUTSIDE_DOMAINS.length)] : s.slug() + ".fr");
        } else if (r < OUTSIDE_TRUST_RATE + NON_ASCII_RATE && personal) {
            address = p.firstName().toLowerCase(Locale.ROOT) + "." + p.lastName().toLowerCase(Locale.ROOT).replace(' ', '-')
                    + "@" + domain;
        } else if (r < OUTSIDE_TRUST_RATE + NON_ASCII_RATE + INVALID_ADDRESS_RATE) {
            address = local + "." + domain; // the @ forgotten
        } else {
            address = local + "@" + domain;
        }
        String structureType = s == null ? (random.nextBoolean() ? "3" : "") : "1";
        String structureId = s == null ? (structureType.isEmpty() ? "" : String.format("%014d", (long) (random.nextDouble() * 1e14)))
                : random.nextInt(5) == 0 ? s.finess() : "1" + s.finess();
        String department = s == null ? "75" : s.department().insee();
        String cp = s == null ? "75000" : s.postalCode();
        String[] f = {type, address, personal ? p.idType() : "", personal ? p.id() : "", personal ? p.nationalId() : "",
            structureType, structureId, personal ? "" : capitalize(local), personal ? p.civility() : "",
            personal ? p.lastName() : "", personal ? p.firstName() : "", personal ? "C" : "", personal ? "Civil" : "",
            personal ? p.professionCode() : "", personal ? p.professionLabel() : "", "", "", "O",
            s == null ? "" : s.name(), "", "", "", String.valueOf(1 + random.nextInt(99)), "", "R",
            s == null ? "DE LA REPUBLIQUE" : "DU " + s.town(), "", cp + " " + (s == null ? "PARIS" : s.town()), cp,
            department, "FRANCE"};
        String line = String.join("|", f);
        if (random.nextDouble() < SyntheticExtracts.MALFORMED_RATE) {
            line = line.substring(0, line.indexOf('|', line.indexOf('|') + 1) + 1) + "ligne coupée";
            malformed++;
        } else if (trailing == SyntheticExtracts.TrailingPipe.ALL
                || trailing == SyntheticExtracts.TrailingPipe.MIXED && random.nextBoolean()) {
            line += "|";
        }
        out.write(line);
        out.write(eol);
        written++;
        if (s != null && random.nextDouble() < REPEAT_RATE && !line.endsWith("ligne coupée")) {
            // The same address listed twice for the establishment, sometimes in capitals.
            out.write(random.nextBoolean() ? line : line.replace(address, address.toUpperCase(Locale.ROOT)));
            out.write(eol);
            written++;
            repeats++;
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
