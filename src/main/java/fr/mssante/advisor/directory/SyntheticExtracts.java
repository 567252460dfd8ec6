package fr.mssante.advisor.directory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes synthetic FINESS and Annuaire Santé extractions in exactly the public formats, for tests,
 * benchmarks and demonstrations (the real files cannot be fetched here). Seeded: the same options give
 * the same bytes. The mix is meant to look like the national files: departments weighted by size, ESSMS
 * about half of the establishments with EHPAD the largest category, hospitals with many personal
 * mailboxes, liberal professionals without FINESS, a few addresses outside the trust space or badly
 * written, a few malformed lines, and optionally a Latin-1 FINESS file or a zipped mailbox file.
 *
 * <pre>java -cp mssante-advisor.jar fr.mssante.advisor.directory.SyntheticExtracts
 *     --establishments 100000 --mailboxes 550000 [--seed 42] [--departments 93,94] [--latin1] [--zip] DIR</pre>
 */
public final class SyntheticExtracts {

    /** Shares of establishments, addresses and lines that are deliberately wrong. */
    static final double MALFORMED_RATE = 0.0005;
    static final double INVALID_FINESS_RATE = 0.002;
    static final double OUTSIDE_TRUST_RATE = 0.015;
    static final double NON_ASCII_RATE = 0.003;
    static final double INVALID_ADDRESS_RATE = 0.001;

    public static final String FINESS_FILE = "etalab-cs1100507-stock-20250301-0400.csv";
    public static final String MAILBOX_FILE = "Extraction_Correspondance_MSSante_202503010400.txt";

    /** Options of one generation. */
    public record Options(int establishments, int mailboxes, long seed, List<String> departments, boolean latin1,
                          boolean zip) {
    }

    /** What was written: files, line counts, and how many lines were made malformed on purpose. */
    public record Written(Path finess, Path mailboxes, int establishmentLines, int finessMalformed, int mailboxLines,
                          int mailboxMalformed) {
    }

    /** A category: FINESS code, label as the extraction writes it, name prefix, weight, mailbox profile. */
    private record Category(String code, String label, String prefix, double weight, Profile profile) {
    }

    private enum Profile { EHPAD, ESSMS, HOSPITAL, PHARMACY, CARE_CENTRE }

    private static final List<Category> CATEGORIES = List.of(
            new Category("500", "Etablissement d'hébergement pour personnes âgées dépendantes", "EHPAD", 14, Profile.EHPAD),
            new Category("460", "Service d'aide et d'accompagnement à domicile", "SAAD", 8, Profile.ESSMS),
            new Category("354", "Service de soins infirmiers à domicile", "SSIAD", 2.2, Profile.ESSMS),
            new Category("202", "Résidence autonomie", "RESIDENCE AUTONOMIE", 2.3, Profile.ESSMS),
            new Category("182", "Service d'éducation spéciale et de soins à domicile", "SESSAD", 1.9, Profile.ESSMS),
            new Category("246", "Etablissement et service d'aide par le travail", "ESAT", 1.5, Profile.ESSMS),
            new Category("183", "Institut médico-éducatif", "IME", 1.3, Profile.ESSMS),
            new Category("382", "Foyer de vie pour adultes handicapés", "FOYER DE VIE", 1.8, Profile.ESSMS),
            new Category("446", "Service d'accompagnement à la vie sociale", "SAVS", 1.4, Profile.ESSMS),
            new Category("252", "Foyer d'hébergement pour adultes handicapés", "FOYER D'HEBERGEMENT", 1.2, Profile.ESSMS),
            new Category("437", "Foyer d'accueil médicalisé", "FAM", 1.0, Profile.ESSMS),
            new Category("255", "Maison d'accueil spécialisée", "MAS", 0.8, Profile.ESSMS),
            new Category("448", "Etablissement d'accueil médicalisé pour personnes handicapées", "EAM", 0.5, Profile.ESSMS),
            new Category("449", "Etablissement d'accueil non médicalisé pour personnes handicapées", "EANM", 0.6, Profile.ESSMS),
            new Category("445", "Service d'accompagnement médico-social pour adultes handicapés", "SAMSAH", 0.5, Profile.ESSMS),
            new Category("214", "Centre d'hébergement et de réinsertion sociale", "CHRS", 1.0, Profile.ESSMS),
            new Category("209", "Service polyvalent d'aide et de soins à domicile", "SPASAD", 0.3, Profile.ESSMS),
            new Category("207", "Centre de jour pour personnes âgées", "ACCUEIL DE JOUR", 0.4, Profile.ESSMS),
            new Category("197", "Centre de soins, d'accompagnement et de prévention en addictologie", "CSAPA", 0.4, Profile.ESSMS),
            new Category("178", "Centre d'accueil et d'accompagnement à la réduction des risques", "CAARUD", 0.15, Profile.ESSMS),
            new Category("186", "Institut thérapeutique éducatif et pédagogique", "ITEP", 0.4, Profile.ESSMS),
            new Category("189", "Centre médico-psycho-pédagogique", "CMPP", 0.3, Profile.ESSMS),
            new Category("190", "Centre d'action médico-sociale précoce", "CAMSP", 0.3, Profile.ESSMS),
            new Category("502", "Etablissement d'hébergement pour personnes âgées", "EHPA", 0.4, Profile.ESSMS),
            new Category("501", "EHPA percevant des crédits d'assurance maladie", "EHPA", 0.1, Profile.ESSMS),
            new Category("620", "Pharmacie d'officine", "PHARMACIE", 21, Profile.PHARMACY),
            new Category("611", "Laboratoire de biologie médicale", "LABORATOIRE", 4, Profile.CARE_CENTRE),
            new Category("124", "Centre de santé", "CENTRE DE SANTE", 3, Profile.CARE_CENTRE),
            new Category("603", "Maison de santé pluriprofessionnelle", "MAISON DE SANTE", 2, Profile.CARE_CENTRE),
            new Category("355", "Centre hospitalier", "CENTRE HOSPITALIER", 1.0, Profile.HOSPITAL),
            new Category("365", "Etablissement de soins pluridisciplinaire", "CLINIQUE", 1.2, Profile.HOSPITAL),
            new Category("109", "Etablissement de santé privé autorisé en SSR", "SSR", 1.0, Profile.HOSPITAL),
            new Category("699", "Autre établissement sanitaire ou social", "ETABLISSEMENT", 25, Profile.CARE_CENTRE));

    private static final String[] DEPARTMENTS = {
        "01:AIN", "02:AISNE", "03:ALLIER", "04:ALPES-DE-HAUTE-PROVENCE", "05:HAUTES-ALPES", "06:ALPES-MARITIMES",
        "07:ARDECHE", "08:ARDENNES", "09:ARIEGE", "10:AUBE", "11:AUDE", "12:AVEYRON", "13:BOUCHES-DU-RHONE",
        "14:CALVADOS", "15:CANTAL", "16:CHARENTE", "17:CHARENTE-MARITIME", "18:CHER", "19:CORREZE",
        "2A:CORSE-DU-SUD", "2B:HAUTE-CORSE", "21:COTE-D'OR", "22:COTES-D'ARMOR", "23:CREUSE", "24:DORDOGNE",
        "25:DOUBS", "26:DROME", "27:EURE", "28:EURE-ET-LOIR", "29:FINISTERE", "30:GARD", "31:HAUTE-GARONNE",
        "32:GERS", "33:GIRONDE", "34:HERAULT", "35:ILLE-ET-VILAINE", "36:INDRE", "37:INDRE-ET-LOIRE", "38:ISERE",
        "39:JURA", "40:LANDES", "41:LOIR-ET-CHER", "42:LOIRE", "43:HAUTE-LOIRE", "44:LOIRE-ATLANTIQUE",
        "45:LOIRET", "46:LOT", "47:LOT-ET-GARONNE", "48:LOZERE", "49:MAINE-ET-LOIRE", "50:MANCHE", "51:MARNE",
        "52:HAUTE-MARNE", "53:MAYENNE", "54:MEURTHE-ET-MOSELLE", "55:MEUSE", "56:MORBIHAN", "57:MOSELLE",
        "58:NIEVRE", "59:NORD", "60:OISE", "61:ORNE", "62:PAS-DE-CALAIS", "63:PUY-DE-DOME",
        "64:PYRENEES-ATLANTIQUES", "65:HAUTES-PYRENEES", "66:PYRENEES-ORIENTALES", "67:BAS-RHIN", "68:HAUT-RHIN",
        "69:RHONE", "70:HAUTE-SAONE", "71:SAONE-ET-LOIRE", "72:SARTHE", "73:SAVOIE", "74:HAUTE-SAVOIE",
        "75:PARIS", "76:SEINE-MARITIME", "77:SEINE-ET-MARNE", "78:YVELINES", "79:DEUX-SEVRES", "80:SOMME",
        "81:TARN", "82:TARN-ET-GARONNE", "83:VAR", "84:VAUCLUSE", "85:VENDEE", "86:VIENNE", "87:HAUTE-VIENNE",
        "88:VOSGES", "89:YONNE", "90:TERRITOIRE DE BELFORT", "91:ESSONNE", "92:HAUTS-DE-SEINE",
        "93:SEINE-SAINT-DENIS", "94:VAL-DE-MARNE", "95:VAL-D'OISE"};
    /** The most populous departments get three times the establishments of the others. */
    private static final Set<String> LARGE = Set.of("06", "13", "31", "33", "34", "38", "44", "59", "62", "67", "69",
            "75", "76", "77", "78", "91", "92", "93", "94", "95");

    private static final String[] PLACES = {"LES TILLEULS", "LE CHÂTEAU", "SAINT-JOSEPH", "LES ÉGLANTINES", "BEL AIR",
        "LA ROSERAIE", "LES GLYCINES", "LE PARC", "SAINTE-MARIE", "LES PEUPLIERS", "L'ORANGERIE", "LA SOURCE",
        "LES CÈDRES", "MONTPLAISIR", "LE VAL FLEURI", "LES JARDINS D'ÉMILIE", "JEAN JAURÈS", "LES MYOSOTIS",
        "LA CHÊNAIE", "LE BOCAGE", "LES HORTENSIAS", "PASTEUR", "LES LILAS", "LA FONTAINE", "SAINT-MARTIN",
        "LES COQUELICOTS", "LA MAISON DU LAC", "LE MOULIN", "LES TERRASSES", "NOTRE-DAME"};
    private static final String[] TOWNS = {"SAINT-DENIS", "MONTREUIL", "AUBERVILLIERS", "BOBIGNY", "PANTIN", "BONDY",
        "VILLENEUVE", "BEAUMONT", "CHÂTEAUNEUF", "SAINT-ÉTIENNE", "MONTAGNY", "LA CHAPELLE", "VAL-D'ARLES",
        "BOURG-NEUF", "FONTAINE", "MARGNY"};
    private static final String[] FIRST = {"Marie", "Jean", "Élodie", "François", "Nathalie", "Karim", "Sophie",
        "Hélène", "Thomas", "Camille", "Inès", "Luc", "Chloé", "Mathieu", "Zoé", "Jérôme", "Aïcha", "Paul"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Garnier", "Roux",
        "Benali", "Nguyen", "Girard", "Faure", "Mercier", "Lambert", "Bonnet", "Chevalier", "Da Silva", "Lemaître"};
    private static final String[] OPERATOR_DOMAINS = {"medecin.mssante.fr", "pro.mssante.fr", "infirmier.mssante.fr",
        "pharmacien.mssante.fr", "sisra.mssante.fr", "ch-hopital.mssante.fr", "medimail.mssante.fr"};
    private static final String[] OUTSIDE_DOMAINS = {"gmail.com", "orange.fr", "wanadoo.fr", "laposte.net"};
    private static final String[] ORG_SERVICES = {"accueil", "soins", "secretariat", "direction", "infirmerie",
        "admissions", "cadre-sante", "medecin-coordo"};
    private static final String[] PROFESSIONS = {"10:Médecin", "60:Infirmier", "21:Pharmacien", "40:Chirurgien-dentiste",
        "70:Masseur-kinésithérapeute", "93:Psychologue", "50:Sage-femme"};

    private final Options options;
    private final Random random;
    private final double totalWeight;

    public SyntheticExtracts(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.totalWeight = CATEGORIES.stream().mapToDouble(Category::weight).sum();
    }

    /** One establishment as generated, kept to write its mailboxes after the FINESS file. */
    private record Made(String finess, String department, Category category, String name, String slug, String town) {
    }

    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path finessFile = dir.resolve(FINESS_FILE);
        List<Made> made = new ArrayList<>(options.establishments());
        int finessMalformed;
        try (Writer out = writer(Files.newOutputStream(finessFile),
                options.latin1() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)) {
            finessMalformed = writeFiness(out, made);
        }
        Path mailboxFile = dir.resolve(MAILBOX_FILE);
        int[] counts;
        if (options.zip()) {
            mailboxFile = dir.resolve(MAILBOX_FILE.replace(".txt", ".zip"));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(mailboxFile))) {
                zip.putNextEntry(new ZipEntry(MAILBOX_FILE));
                Writer out = writer(zip, StandardCharsets.UTF_8);
                counts = writeMailboxes(out, made);
                out.flush();
                zip.closeEntry();
            }
        } else {
            try (Writer out = writer(Files.newOutputStream(mailboxFile), StandardCharsets.UTF_8)) {
                counts = writeMailboxes(out, made);
            }
        }
        return new Written(finessFile, mailboxFile, options.establishments(), finessMalformed, counts[0], counts[1]);
    }

    private static Writer writer(OutputStream out, Charset charset) {
        return new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 20);
    }

    private int writeFiness(Writer out, List<Made> made) throws IOException {
        out.write("finess;etalab;95;2025-03-01\n");
        List<String[]> departments = departments();
        Set<String> used = new HashSet<>();
        int malformed = 0;
        for (int i = 0; i < options.establishments(); i++) {
            String[] dep = departments.get(random.nextInt(departments.size()));
            Category c = category();
            String finess = finess(dep[0], used);
            String place = PLACES[random.nextInt(PLACES.length)];
            String town = TOWNS[random.nextInt(TOWNS.length)];
            String name = c.prefix() + " " + place;
            made.add(new Made(finess, dep[0], c, name, slug(c.prefix() + "-" + place + "-" + (i % 997)), town));
            String cp = (dep[0].startsWith("2") && !Character.isDigit(dep[0].charAt(1)) ? "20" : dep[0])
                    + String.format("%03d", random.nextInt(1000));
            String[] f = {"structureet", finess, finess(dep[0], used), name, name + " - " + town, "", "",
                String.valueOf(1 + random.nextInt(120)), "R", place.replace("LES ", "DES "), "", "", cp.substring(2),
                dep[0], dep[1], cp + " " + town, "01" + String.format("%08d", random.nextInt(100_000_000)), "",
                c.code(), c.label(), "4" + c.code().substring(1), c.label(), "", "8710B", "03", "ARS TG HAS",
                "", "", "2001-01-01", "2001-01-01", "2024-11-12", ""};
            String line = String.join(";", f);
            if (random.nextDouble() < MALFORMED_RATE) {
                line = line.substring(0, line.indexOf(";" + dep[0] + ";")); // cut short, as a broken export would
                malformed++;
            }
            out.write(line);
            out.write('\n');
        }
        for (Made m : made) {
            out.write("geolocalisation;" + m.finess() + ";" + (600000 + random.nextInt(400000)) + ".0;"
                    + (6200000 + random.nextInt(900000)) + ".0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2024-11-12\n");
        }
        return malformed;
    }

    private int[] writeMailboxes(Writer out, List<Made> made) throws IOException {
        out.write(String.join("|", "Type de BAL", "Adresse BAL", "Type Identifiant PP", "Identifiant PP",
                "Identification nationale PP", "Type identifiant structure", "Identification Structure",
                "Service de rattachement", "Civilité d'exercice", "Nom d'exercice", "Prénom d'exercice",
                "Catégorie profession", "Libellé de catégorie profession", "Code Profession", "Libellé Profession",
                "Code savoir-faire", "Libellé savoir-faire", "Dématérialisation", "Raison Sociale structure BAL",
                "Enseigne commerciale structure BAL", "L2COMPLEMENTLOCALISATION structure BAL",
                "L3COMPLEMENTDISTRIBUTION structure BAL", "L4NUMEROVOIE structure BAL",
                "L4COMPLEMENTNUMEROVOIE structure BAL", "NL4TYPEVOIE structure BAL", "L4LIBELLEVOIE structure BAL",
                "L5LIEUDITMENTION structure BAL", "L6LIGNEACHEMINEMENT structure BAL", "Code postal structure BAL",
                "Département structure BAL", "Pays structure BAL"));
        out.write('\n');
        int[] written = {0, 0};
        for (Made m : made) {
            int[] mix = mix(m.category().profile());
            for (int k = 0; k < mix[0] && written[0] < options.mailboxes(); k++) {
                mailbox(out, "PER", m, written);
            }
            for (int k = 0; k < mix[1] && written[0] < options.mailboxes(); k++) {
                mailbox(out, "ORG", m, written);
            }
            for (int k = 0; k < mix[2] && written[0] < options.mailboxes(); k++) {
                mailbox(out, "APP", m, written);
            }
        }
        while (written[0] < options.mailboxes()) {
            mailbox(out, random.nextInt(200) == 0 ? "CAB" : "PER", null, written); // liberal professionals
        }
        return written;
    }

    /** How many PER, ORG and APP mailboxes an establishment of this kind has. */
    private int[] mix(Profile p) {
        return switch (p) {
            case EHPAD -> random.nextDouble() < 0.78
                    ? new int[] {random.nextInt(4), random.nextDouble() < 0.72 ? 1 + geometric(0.5) : 0,
                        random.nextDouble() < 0.2 ? 1 : 0}
                    : new int[] {0, 0, 0};
            case ESSMS -> random.nextDouble() < 0.5
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

    private void mailbox(Writer out, String type, Made m, int[] written) throws IOException {
        boolean personal = type.equals("PER") || type.equals("CAB");
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String local = personal ? ascii(first) + "." + ascii(last) + (random.nextInt(50) == 0 ? "" : random.nextInt(100))
                : type.equals("APP") ? "dui" : ORG_SERVICES[random.nextInt(ORG_SERVICES.length)];
        String domain = m == null || personal && random.nextBoolean()
                ? OPERATOR_DOMAINS[random.nextInt(OPERATOR_DOMAINS.length)] : m.slug() + ".mssante.fr";
        double r = random.nextDouble();
        String address;
        if (r < OUTSIDE_TRUST_RATE) {
            address = local + "@" + (m == null || random.nextBoolean() ? OUTSIDE_DOMAINS[random.nextInt(OUTSIDE_DOMAINS.length)]
                    : m.slug() + ".fr");
        } else if (r < OUTSIDE_TRUST_RATE + NON_ASCII_RATE) {
            address = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT).replace(' ', '-') + "@" + domain;
        } else if (r < OUTSIDE_TRUST_RATE + NON_ASCII_RATE + INVALID_ADDRESS_RATE) {
            address = local + "." + domain; // the @ forgotten
        } else {
            address = local + "@" + domain;
        }
        String rpps = personal ? rpps() : "";
        String[] profession = PROFESSIONS[random.nextInt(PROFESSIONS.length)].split(":");
        String structureType = m == null ? (random.nextBoolean() ? "3" : "") : "1";
        String structureId = m == null ? (structureType.isEmpty() ? "" : String.format("%014d", random.nextLong(100_000_000_000_000L)))
                : random.nextInt(5) == 0 ? m.finess() : "1" + m.finess();
        String department = m == null ? "75" : m.department();
        String[] f = {type, address, personal ? "8" : "", rpps, personal ? "8" + rpps : "", structureType, structureId,
            personal ? "" : capitalize(local), personal ? (random.nextBoolean() ? "MME" : "M") : "",
            personal ? last.toUpperCase(Locale.ROOT) : "", personal ? first : "", personal ? "C" : "",
            personal ? "Civil" : "", personal ? profession[0] : "", personal ? profession[1] : "", "", "", "O",
            m == null ? "" : m.name(), "", "", "", String.valueOf(1 + random.nextInt(99)), "", "R",
            m == null ? "DE LA REPUBLIQUE" : "DU " + m.town(), "", (department.startsWith("2") && department.length() == 2
                && !Character.isDigit(department.charAt(1)) ? "20" : department) + "000 " + (m == null ? "PARIS" : m.town()),
            (department.startsWith("2") && !Character.isDigit(department.charAt(1)) ? "20" : department) + "000",
            department, "FRANCE"};
        String line = String.join("|", f);
        if (random.nextDouble() < MALFORMED_RATE) {
            line = line.substring(0, line.indexOf('|', line.indexOf('|') + 1) + 1) + "ligne coupée";
            written[1]++;
        }
        out.write(line);
        out.write('\n');
        written[0]++;
    }

    private List<String[]> departments() {
        List<String[]> weighted = new ArrayList<>();
        for (String d : DEPARTMENTS) {
            String[] codeLabel = d.split(":", 2);
            if (!options.departments().isEmpty() && !options.departments().contains(codeLabel[0])) {
                continue;
            }
            for (int k = 0; k < (LARGE.contains(codeLabel[0]) ? 3 : 1); k++) {
                weighted.add(codeLabel);
            }
        }
        if (weighted.isEmpty()) {
            throw new IllegalArgumentException("no such department: " + options.departments());
        }
        return weighted;
    }

    private Category category() {
        double r = random.nextDouble() * totalWeight;
        for (Category c : CATEGORIES) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return CATEGORIES.get(0);
    }

    /** A FINESS not given yet: department, 6 digits, a Luhn key (wrong on purpose for a few). */
    private String finess(String department, Set<String> used) {
        while (true) {
            String body = department + String.format("%06d", random.nextInt(1_000_000));
            String finess = body + key(body, random.nextDouble() < INVALID_FINESS_RATE);
            if (used.add(finess)) {
                return finess;
            }
        }
    }

    private static char key(String body, boolean wrong) {
        if (!Character.isDigit(body.charAt(1))) {
            return '0'; // Corsica: no key is checked
        }
        for (char k = '0'; k <= '9'; k++) {
            boolean valid = fr.mssante.advisor.identifiers.Identifiers.luhn(body + k);
            if (valid != wrong) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    private String rpps() {
        String body = "10" + String.format("%08d", random.nextInt(100_000_000));
        for (char k = '0'; k <= '9'; k++) {
            if (fr.mssante.advisor.identifiers.Identifiers.luhn(body + k)) {
                return body + k;
            }
        }
        throw new IllegalStateException();
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String slug(String s) {
        return ascii(s);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static void main(String[] args) throws IOException {
        int establishments = 1000;
        int mailboxes = 5000;
        long seed = 42;
        List<String> departments = List.of();
        boolean latin1 = false;
        boolean zip = false;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--establishments" -> establishments = Integer.parseInt(args[++i]);
                case "--mailboxes" -> mailboxes = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--departments" -> departments = List.of(args[++i].split(","));
                case "--latin1" -> latin1 = true;
                case "--zip" -> zip = true;
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            System.err.println("usage: SyntheticExtracts [--establishments N] [--mailboxes N] [--seed N]"
                    + " [--departments 93,94] [--latin1] [--zip] DIR");
            System.exit(2);
        }
        Written w = new SyntheticExtracts(new Options(establishments, mailboxes, seed, departments, latin1, zip)).write(dir);
        System.out.println(w.finess() + " (" + w.establishmentLines() + " establishments, " + w.finessMalformed()
                + " malformed)");
        System.out.println(w.mailboxes() + " (" + w.mailboxLines() + " mailboxes, " + w.mailboxMalformed() + " malformed)");
    }
}
