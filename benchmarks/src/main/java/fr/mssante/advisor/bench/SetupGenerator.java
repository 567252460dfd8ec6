package fr.mssante.advisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.identifiers.Identifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Realistic synthetic setup files for the batch benchmarks, any number, reproducible from a seed:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar fr.mssante.advisor.bench.SetupGenerator OUT_DIR COUNT [SEED]</pre>
 *
 * Each file starts from one of the hand-written {@code samples/} (between them they make every rule of
 * the catalogue fire, and they cover the kinds of structure) and becomes another structure: a new name,
 * FINESS numbers (valid ones stay valid with a correct key, invalid ones stay invalid), mailbox domain,
 * professionals' names and RPPS numbers; structures are grouped five by five under one legal entity
 * (so the portfolio rule has groups to look at); some EHPAD become FAM, CENTRE_DE_SANTE or AUTRE so
 * every category of the format appears; one file in 20 is written as JSON and one in 200 is truncated
 * (an input error, as real batches have). Files go to {@code OUT_DIR/<department>/}.
 */
public final class SetupGenerator {

    private static final Pattern STRUCTURE_NAME = Pattern.compile("(?m)^structure:\\s*\\n\\s+name:\\s*\"([^\"]+)\"");
    private static final Pattern FINESS = Pattern.compile("(?m)^\\s+finess:\\s*\"([^\"]*)\"");
    private static final Pattern LEGAL = Pattern.compile("(?m)^\\s+legalEntityFiness:\\s*\"([^\"]*)\"");
    private static final Pattern RPPS = Pattern.compile("(?m)^\\s+rpps:\\s*\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("(?m)^\\s+(?:firstName|lastName):\\s*\"([^\"]+)\"");
    private static final Pattern ADDRESS = Pattern.compile("(?m)^\\s+address:\\s*\"[^@\"]+@([^\"]+)\"");
    private static final Pattern CATEGORY = Pattern.compile("(?m)^(\\s+category:\\s*)EHPAD\\s*$");

    private static final String[] PLACES = {"Les Tilleuls", "Le Val d'Or", "Les Érables", "La Roseraie", "Saint-Joseph",
        "Les Peupliers", "Le Clos Fleuri", "Bellevue", "Les Cèdres", "La Source", "Les Magnolias", "Montplaisir",
        "Les Hirondelles", "Le Moulin", "Sainte-Anne", "Les Vignes", "La Chênaie", "Les Coquelicots", "Beau Site",
        "Les Marronniers", "Le Parc", "Les Glycines", "Saint-Martin", "La Forêt", "Les Oliviers", "Le Verger"};
    private static final String[] TOWNS = {"Niort", "Poitiers", "Angers", "Tours", "Limoges", "Rennes", "Brest",
        "Quimper", "Nantes", "Laval", "Caen", "Rouen", "Amiens", "Arras", "Lille", "Metz", "Nancy", "Dijon", "Besançon",
        "Valence", "Gap", "Nîmes", "Albi", "Rodez", "Pau", "Bayonne", "Agen", "Périgueux", "Saintes", "Cholet"};
    private static final String[] FIRST = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Hugo", "Lucas",
        "Nathan", "Louis", "Gabriel", "Jules", "Élodie", "Sébastien", "Hélène", "François", "Aurélie", "Jérôme",
        "Céline", "Nicolas", "Sophie", "Thomas", "Julie", "Pierre", "Nadia", "Karim", "Fatou", "Yann", "Maëlle"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet",
        "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry"};
    private static final String[] OTHER_CATEGORIES = {"FAM", "CENTRE_DE_SANTE", "AUTRE"};

    private final Random random;
    private final List<String> templates;

    SetupGenerator(long seed, List<String> templates) {
        this.random = new Random(seed);
        this.templates = templates;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SetupGenerator OUT_DIR COUNT [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        List<String> templates = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                templates.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        SetupGenerator generator = new SetupGenerator(seed, templates);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (int i = 0; i < count; i++) {
            String dept = String.format("%02d", 1 + generator.random.nextInt(95));
            dept = dept.equals("20") ? "2A" : dept;
            String text = generator.structure(i, dept);
            Path dir = out.resolve(dept);
            Files.createDirectories(dir);
            String name = String.format("structure-%06d", i);
            if (i % 200 == 199) {
                // An input error: the file was cut while being copied.
                text = text.substring(0, text.length() * 2 / 3);
            }
            if (i % 20 == 7) {
                Files.writeString(dir.resolve(name + ".json"),
                        json.writeValueAsString(yaml.readTree(text)) + "\n", StandardCharsets.UTF_8);
            } else {
                Files.writeString(dir.resolve(name + ".yaml"), text, StandardCharsets.UTF_8);
            }
        }
        System.err.println("generated " + count + " setup files in " + out + " (seed " + seed + ")");
    }

    /** The {@code i}-th structure: a sample turned into another structure of the same kind. */
    String structure(int i, String dept) {
        // The sample's own header comment describes the sample, not this structure.
        String text = templates.get(random.nextInt(templates.size())).replaceFirst("^(#[^\\n]*\\n)+", "");
        String place = PLACES[random.nextInt(PLACES.length)] + " " + TOWNS[random.nextInt(TOWNS.length)];
        String slug = java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + i;
        Matcher name = STRUCTURE_NAME.matcher(text);
        if (name.find()) {
            String old = name.group(1);
            String kind = old.contains(" ") ? old.substring(0, old.indexOf(' ')) : old;
            text = text.replace("\"" + old + "\"", "\"" + kind + " " + place + "\"");
        }
        Matcher address = ADDRESS.matcher(text);
        if (address.find() && address.group(1).endsWith(".mssante.fr") && !address.group(1).startsWith("patient.")) {
            text = text.replace("@" + address.group(1), "@" + slug + ".mssante.fr");
        }
        Matcher legal = LEGAL.matcher(text);
        if (legal.find() && Identifiers.isValidFiness(legal.group(1))) {
            // Five structures in a row belong to one organisme gestionnaire.
            text = text.replace("\"" + legal.group(1) + "\"", "\"" + finess(dept.equals("2A") ? "19" : dept,
                    new Random(i / 5)) + "\"");
        }
        Matcher finess = FINESS.matcher(text);
        if (finess.find() && Identifiers.isValidFiness(finess.group(1))) {
            text = text.replace("\"" + finess.group(1) + "\"", "\"" + finess(dept, random) + "\"");
        }
        List<String> rppsNumbers = new ArrayList<>();
        for (Matcher rpps = RPPS.matcher(text); rpps.find(); ) {
            if (Identifiers.isValidRpps(rpps.group(1))) {
                rppsNumbers.add(rpps.group(1));
            }
        }
        for (String number : rppsNumbers) {
            text = text.replace("\"" + number + "\"", "\"" + rpps() + "\"");
        }
        List<String> names = new ArrayList<>();
        for (Matcher n = NAME.matcher(text); n.find(); ) {
            names.add(n.group(1));
        }
        for (String n : names) {
            String replacement = random.nextBoolean() ? FIRST[random.nextInt(FIRST.length)]
                    : LAST[random.nextInt(LAST.length)];
            text = text.replace("\"" + n + "\"", "\"" + replacement + "\"");
        }
        if (random.nextInt(5) == 0) {
            text = CATEGORY.matcher(text).replaceFirst("$1" + OTHER_CATEGORIES[random.nextInt(OTHER_CATEGORIES.length)]);
        }
        return "# Structure de synthèse n° " + i + " (générée, graine fixe) / synthetic structure\n" + text;
    }

    /** A FINESS number of the department with a correct Luhn key (2A/2B: form only, as the tool checks). */
    static String finess(String dept, Random random) {
        String body = dept + String.format("%06d", random.nextInt(1_000_000));
        if (dept.startsWith("2")  && !Character.isDigit(dept.charAt(1))) {
            return body + random.nextInt(10);
        }
        for (int key = 0; key < 10; key++) {
            if (Identifiers.isValidFiness(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("no key for " + body);
    }

    private String rpps() {
        String body = "1" + String.format("%09d", random.nextInt(1_000_000_000));
        for (int key = 0; key < 10; key++) {
            if (Identifiers.isValidRpps(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("no key for " + body);
    }
}
