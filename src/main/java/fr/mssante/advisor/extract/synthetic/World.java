package fr.mssante.advisor.extract.synthetic;

import fr.mssante.advisor.extract.synthetic.Vocabulary.Category;
import fr.mssante.advisor.extract.synthetic.Vocabulary.Department;
import fr.mssante.advisor.extract.synthetic.Vocabulary.Profile;
import fr.mssante.advisor.identifiers.Identifiers;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The invented France the synthetic extracts describe: legal entities and their establishments (some
 * closed), and the professionals who work there. The three files are written from the same world, so
 * that a PER mailbox links to an RPPS activity at the same establishment. People are derived from the
 * establishment's index and the seed, never stored: a national world of two million activities costs
 * no memory.
 */
final class World {

    /** Whether an establishment is open, as the JSON flux says it (the CSV stock lists only open ones). */
    enum State { OPEN, INACTIVE, CLOSED_EARLIER, CLOSING_LATER }

    record Site(int index, String finess, String legalEntity, String legalEntityName, Department department,
                Category category, String name, String slug, String town, String postalCode, String commune,
                State state, LocalDate closedOn) {

        boolean inCsv() {
            return state == State.OPEN || state == State.CLOSING_LATER;
        }
    }

    /**
     * One professional.
     *
     * @param idType {@code 8} RPPS, {@code 0} ADELI
     * @param id     the RPPS (11 digits) or ADELI (9 characters) number
     */
    record Person(String idType, String id, String civility, String firstName, String lastName, String professionCode,
                  String professionLabel) {

        String nationalId() {
            return idType + id;
        }
    }

    static final double INACTIVE_RATE = 0.03;
    static final double CLOSED_EARLIER_RATE = 0.005;
    static final double CLOSING_LATER_RATE = 0.005;
    static final double QUOTED_NAME_RATE = 0.003;
    static final double ADELI_RATE = 0.02;

    private final long seed;
    private final List<Site> sites;

    World(int establishments, long seed, List<String> departments) {
        this.seed = seed;
        Random random = new Random(seed);
        List<Department> weighted = weighted(departments);
        double total = Vocabulary.CATEGORIES.stream().mapToDouble(Category::weight).sum();
        Set<String> used = new HashSet<>();
        List<Site> out = new ArrayList<>(establishments);
        while (out.size() < establishments) {
            Department dep = weighted.get(random.nextInt(weighted.size()));
            Category first = category(random, total);
            int size = first.profile() == Profile.PHARMACY ? 1 : random.nextDouble() < 0.7 ? 1
                    : random.nextDouble() < 0.67 ? 2 + random.nextInt(2) : 4 + random.nextInt(9);
            String ej = finess(dep, random, used);
            String ejName = "ASSOCIATION " + Vocabulary.PLACES[random.nextInt(Vocabulary.PLACES.length)];
            for (int k = 0; k < size && out.size() < establishments; k++) {
                Category c = k == 0 ? first : category(random, total);
                out.add(site(out.size(), dep, c, ej, ejName, random, used));
            }
        }
        this.sites = List.copyOf(out);
    }

    List<Site> sites() {
        return sites;
    }

    private Site site(int index, Department dep, Category c, String ej, String ejName, Random random, Set<String> used) {
        String place = random.nextDouble() < QUOTED_NAME_RATE
                ? Vocabulary.QUOTED_PLACES[random.nextInt(Vocabulary.QUOTED_PLACES.length)]
                : Vocabulary.PLACES[random.nextInt(Vocabulary.PLACES.length)];
        String town = Vocabulary.TOWNS[random.nextInt(Vocabulary.TOWNS.length)];
        String depDigits = dep.insee().startsWith("2") && !Character.isDigit(dep.insee().charAt(1)) ? "20" : dep.insee();
        String postal = depDigits.length() == 3 ? depDigits + String.format("%02d", random.nextInt(100))
                : depDigits + String.format("%03d", random.nextInt(1000));
        String commune = dep.insee() + String.format(dep.insee().length() == 3 ? "%02d" : "%03d", 1 + random.nextInt(
                dep.insee().length() == 3 ? 30 : 600));
        double r = random.nextDouble();
        State state = r < INACTIVE_RATE ? State.INACTIVE : r < INACTIVE_RATE + CLOSED_EARLIER_RATE ? State.CLOSED_EARLIER
                : r < INACTIVE_RATE + CLOSED_EARLIER_RATE + CLOSING_LATER_RATE ? State.CLOSING_LATER : State.OPEN;
        LocalDate closedOn = switch (state) {
            case INACTIVE, CLOSED_EARLIER -> LocalDate.of(2000 + random.nextInt(24), 1 + random.nextInt(12), 1 + random.nextInt(28));
            case CLOSING_LATER -> LocalDate.of(2099, 1 + random.nextInt(12), 1 + random.nextInt(28));
            case OPEN -> null;
        };
        String name = c.prefix() + " " + place;
        return new Site(index, finess(dep, random, used), ej, ejName, dep, c, name,
                slug(c.prefix() + "-" + place + "-" + (index % 997)), town, postal, commune, state, closedOn);
    }

    /** The staff of an establishment, the same at every call (derived from the seed and its index). */
    List<Person> staff(Site s) {
        Random random = new Random(seed * 1_000_003L + s.index());
        List<Person> out = new ArrayList<>();
        for (String[] group : staffing(s.category().profile(), random)) {
            int n = Integer.parseInt(group[1]);
            for (int k = 0; k < n; k++) {
                out.add(person(random, (long) s.index() * 1000 + out.size(), group[0]));
            }
        }
        return out;
    }

    /** A liberal professional, known by number {@code j} (no FINESS site). */
    Person liberal(long j, Random random) {
        String[][] liberal = {{"10"}, {"10"}, {"60"}, {"60"}, {"70"}, {"40"}, {"21"}, {"91"}, {"80"}, {"93"}, {"50"}};
        return person(random, 100_000_000L + j, liberal[random.nextInt(liberal.length)][0]);
    }

    private Person person(Random random, long number, String professionCode) {
        String label = "";
        for (String[] p : Vocabulary.PROFESSIONS) {
            if (p[0].equals(professionCode)) {
                label = p[1];
            }
        }
        boolean adeli = random.nextDouble() < ADELI_RATE;
        String id = adeli ? String.format("%02d%07d", 1 + random.nextInt(95), number % 10_000_000) : rpps(number);
        return new Person(adeli ? "0" : "8", id, random.nextBoolean() ? "MME" : "M",
                Vocabulary.FIRST[random.nextInt(Vocabulary.FIRST.length)],
                Vocabulary.LAST[random.nextInt(Vocabulary.LAST.length)].toUpperCase(Locale.ROOT), professionCode, label);
    }

    /** Profession code and head count, by kind of establishment. */
    private static List<String[]> staffing(Profile p, Random r) {
        List<String[]> g = new ArrayList<>();
        switch (p) {
            case EHPAD -> {
                add(g, "10", r.nextInt(2));
                add(g, "60", 1 + r.nextInt(7));
                add(g, "35", r.nextInt(3));
                add(g, "93", r.nextInt(2));
                add(g, "94", r.nextInt(2));
                add(g, "96", r.nextInt(2));
                add(g, "80", r.nextInt(20) == 0 ? 1 : 0);
            }
            case HOME_CARE -> {
                add(g, "60", r.nextInt(8));
                add(g, "35", r.nextInt(3));
                add(g, "53", r.nextInt(2));
            }
            case DISABILITY -> {
                add(g, "51", r.nextInt(4));
                add(g, "48", r.nextInt(3));
                add(g, "41", r.nextInt(2));
                add(g, "60", r.nextInt(2));
                add(g, "91", r.nextInt(2));
                add(g, "44", r.nextInt(2));
            }
            case SOCIAL -> {
                add(g, "41", r.nextInt(2));
                add(g, "51", r.nextInt(2));
            }
            case HOSPITAL -> {
                add(g, "10", 10 + r.nextInt(80));
                add(g, "60", 20 + r.nextInt(200));
                add(g, "35", r.nextInt(30));
                add(g, "21", 1 + r.nextInt(5));
                add(g, "50", r.nextInt(10));
                add(g, "70", r.nextInt(8));
                add(g, "69", r.nextInt(5));
                add(g, "92", r.nextInt(2));
                add(g, "95", r.nextInt(3));
            }
            case PHARMACY -> add(g, "21", 1 + r.nextInt(3));
            case CARE_CENTRE -> {
                add(g, "10", r.nextInt(4));
                add(g, "60", r.nextInt(3));
                add(g, "40", r.nextInt(2));
            }
        }
        return g;
    }

    private static void add(List<String[]> groups, String code, int count) {
        if (count > 0) {
            groups.add(new String[] {code, String.valueOf(count)});
        }
    }

    private static List<Department> weighted(List<String> only) {
        List<Department> out = new ArrayList<>();
        for (Department d : Vocabulary.DEPARTMENTS) {
            if (!only.isEmpty() && !only.contains(d.insee()) && !only.contains(d.finess())) {
                continue;
            }
            for (int k = 0; k < (Vocabulary.LARGE.contains(d.insee()) ? 3 : 1); k++) {
                out.add(d);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no such department: " + only);
        }
        return out;
    }

    private static Category category(Random random, double total) {
        double r = random.nextDouble() * total;
        for (Category c : Vocabulary.CATEGORIES) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return Vocabulary.CATEGORIES.get(0);
    }

    /** A FINESS not given yet: the department's prefix, digits, a Luhn key (wrong on purpose for a few). */
    private static String finess(Department dep, Random random, Set<String> used) {
        String prefix = switch (dep.insee()) {
            case "971" -> "9701";
            case "972" -> "9702";
            case "973" -> "9703";
            case "974" -> "9704";
            case "976" -> "9806";
            default -> dep.insee();
        };
        while (true) {
            String body = prefix + String.format("%0" + (8 - prefix.length()) + "d", random.nextInt(
                    prefix.length() == 4 ? 10_000 : 1_000_000));
            String finess = body + key(body, random.nextDouble() < SyntheticExtracts.INVALID_FINESS_RATE);
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
            if (Identifiers.luhn(body + k) != wrong) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    private static String rpps(long number) {
        String body = "1" + String.format("%09d", number);
        for (char k = '0'; k <= '9'; k++) {
            if (Identifiers.luhn(body + k)) {
                return body + k;
            }
        }
        throw new IllegalStateException();
    }

    static String slug(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
