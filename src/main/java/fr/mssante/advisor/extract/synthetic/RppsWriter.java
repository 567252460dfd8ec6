package fr.mssante.advisor.extract.synthetic;

import fr.mssante.advisor.extract.synthetic.World.Person;
import fr.mssante.advisor.extract.synthetic.World.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes the RPPS activity extraction as published: the header of the chosen year (48 columns in 2018
 * with its older spellings, 52 in 2021, 56 from 2025), every line ended by a {@code |}, one line per
 * activity: the staff of each establishment ({@code Numéro FINESS site} set), a few people at two
 * establishments, then liberal activities without FINESS site (some people with two cabinets). A few
 * lines are cut short on purpose (malformed).
 */
final class RppsWriter {

    /** The 56 columns of 2025–2026, in the published order. */
    static final List<String> COLUMNS_2025 = List.of("Type d'identifiant PP", "Identifiant PP",
            "Identification nationale PP", "Code civilité d'exercice", "Libellé civilité d'exercice", "Code civilité",
            "Libellé civilité", "Nom d'exercice", "Prénom d'exercice", "Code profession", "Libellé profession",
            "Code catégorie professionnelle", "Libellé catégorie professionnelle", "Code type savoir-faire",
            "Libellé type savoir-faire", "Code savoir-faire", "Libellé savoir-faire", "Code mode exercice",
            "Libellé mode exercice", "Numéro SIRET site", "Numéro SIREN site", "Numéro FINESS site",
            "Numéro FINESS établissement juridique", "Identifiant technique de la structure", "Raison sociale site",
            "Enseigne commerciale site", "Complément destinataire (coord. structure)",
            "Complément point géographique (coord. structure)", "Numéro Voie (coord. structure)",
            "Indice répétition voie (coord. structure)", "Code type de voie (coord. structure)",
            "Libellé type de voie (coord. structure)", "Libellé Voie (coord. structure)",
            "Mention distribution (coord. structure)", "Bureau cedex (coord. structure)", "Code postal (coord. structure)",
            "Code commune (coord. structure)", "Libellé commune (coord. structure)", "Code pays (coord. structure)",
            "Libellé pays (coord. structure)", "Téléphone (coord. structure)", "Téléphone 2 (coord. structure)",
            "Télécopie (coord. structure)", "Adresse e-mail (coord. structure)", "Code Département (structure)",
            "Libellé Département (structure)", "Ancien identifiant de la structure", "Autorité d'enregistrement",
            "Code secteur d'activité", "Libellé secteur d'activité", "Code section tableau pharmaciens",
            "Libellé section tableau pharmaciens", "Code fonction", "Libellé fonction", "Code genre activité",
            "Libellé genre activité");

    /** What was written. */
    record Counts(int lines, int malformed, int atSites) {
    }

    private final Random random;
    private final String eol;
    private final int[] layout;
    private final String header;

    /** @param year 2018, 2021 or 2025 (and later): the header's columns and spellings */
    RppsWriter(long seed, String eol, int year) {
        this.random = new Random(seed ^ 0x5995L);
        this.eol = eol;
        List<String> names = new ArrayList<>(COLUMNS_2025);
        if (year < 2025) {
            names = names.subList(0, 52);
        }
        if (year < 2021) {
            names = new ArrayList<>(names);
            names.removeAll(List.of("Code Département (structure)", "Libellé Département (structure)",
                    "Ancien identifiant de la structure", "Autorité d'enregistrement"));
        }
        this.layout = names.stream().mapToInt(COLUMNS_2025::indexOf).toArray();
        List<String> written = new ArrayList<>(names);
        if (year < 2021) { // the spellings of the older files
            written.replaceAll(n -> switch (n) {
                case "Type d'identifiant PP" -> "Type identifiant PP";
                case "Code catégorie professionnelle" -> "Code catégorie profession";
                case "Libellé catégorie professionnelle" -> "Libellé catégorie profession";
                case "Code mode exercice" -> "Code mode d'exercice";
                case "Libellé mode exercice" -> "Libellé mode d'exercice";
                default -> n;
            });
        }
        this.header = String.join("|", written) + "|";
    }

    int columns() {
        return layout.length;
    }

    Counts write(Writer out, World world, int total) throws IOException {
        out.write(header);
        out.write(eol);
        int lines = 0;
        int malformed = 0;
        int atSites = 0;
        Person previous = null;
        int forSites = total - total / 3; // at least a third of liberal activities, as in the national file
        for (Site s : world.sites()) {
            if (lines >= forSites) {
                break;
            }
            if (!s.inCsv()) {
                continue;
            }
            List<Person> staff = world.staff(s);
            for (Person p : staff) {
                if (lines >= forSites) {
                    break;
                }
                malformed += line(out, p, s, "S") ? 1 : 0;
                lines++;
                atSites++;
            }
            if (previous != null && random.nextInt(20) == 0 && lines < forSites) {
                malformed += line(out, previous, s, "S") ? 1 : 0; // someone of the previous site works here too
                lines++;
                atSites++;
            }
            if (!staff.isEmpty()) {
                previous = staff.get(0);
            }
        }
        for (long j = 0; lines < total; j++) {
            Person p = world.liberal(j, random);
            int activities = random.nextInt(10) == 0 ? 2 : 1;
            for (int k = 0; k < activities && lines < total; k++) {
                malformed += line(out, p, null, "L") ? 1 : 0;
                lines++;
            }
        }
        return new Counts(lines, malformed, atSites);
    }

    /** @return whether the line was made malformed */
    private boolean line(Writer out, Person p, Site s, String mode) throws IOException {
        String[] v = new String[COLUMNS_2025.size()];
        Arrays.fill(v, "");
        v[0] = p.idType();
        v[1] = p.id();
        v[2] = p.nationalId();
        v[3] = p.civility().equals("MME") ? "MME" : "M";
        v[4] = p.civility().equals("MME") ? "Madame" : "Monsieur";
        v[7] = p.lastName();
        v[8] = p.firstName();
        v[9] = p.professionCode();
        v[10] = p.professionLabel();
        v[11] = "C";
        v[12] = "Civil";
        v[17] = mode;
        v[18] = mode.equals("S") ? "Salarié" : "Libéral,indépendant,artisan,commerçant";
        if (s != null) {
            v[21] = s.finess();
            v[22] = s.legalEntity();
            v[24] = s.name();
            v[28] = String.valueOf(1 + random.nextInt(99));
            v[31] = "Rue";
            v[32] = "DES LILAS";
            v[35] = s.postalCode();
            v[36] = s.commune();
            v[37] = s.town();
            v[44] = s.department().insee();
            v[45] = s.department().label();
        } else {
            v[19] = String.format("%014d", (long) (random.nextDouble() * 1e14));
            v[24] = "CABINET " + p.lastName();
            v[35] = "75011";
            v[37] = "PARIS";
            v[44] = "75";
            v[45] = "Paris";
        }
        v[38] = "99000";
        v[39] = "France";
        v[47] = p.idType().equals("8") ? "ARS" : "ADELI";
        StringBuilder line = new StringBuilder(400);
        for (int i : layout) {
            line.append(v[i]).append('|');
        }
        boolean broken = random.nextDouble() < SyntheticExtracts.MALFORMED_RATE;
        if (broken) {
            line.setLength(line.indexOf("|", line.indexOf("|", line.indexOf("|") + 1) + 1) + 1);
            line.append("ligne coupée|");
        }
        out.write(line.toString());
        out.write(eol);
        return broken;
    }
}
