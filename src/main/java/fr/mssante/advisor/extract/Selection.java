package fr.mssante.advisor.extract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which establishments of the FINESS to take: one establishment ({@code init FINESS_ET}), every
 * establishment of a legal entity ({@code --legal-entity FINESS_EJ}), or an area: departments and
 * categories ({@code --department}, {@code --categories}; the dashboard). Codes are checked when the
 * selection is made: a malformed FINESS or an unknown department is an {@link ExtractException} naming
 * it; an unknown category is named once the FINESS has been read ({@link ExtractSelector}).
 */
public sealed interface Selection {

    /** A FINESS: 9 characters, digits, or {@code 2A}/{@code 2B} for Corsica. */
    Pattern FINESS = Pattern.compile("[0-9]{9}|2[AB][0-9]{7}");
    /** A FINESS category code: 3 digits. */
    Pattern CATEGORY = Pattern.compile("[0-9]{3}");

    /** Whether this establishment is selected (open or not: closed ones are left out by the selector). */
    boolean includes(FinessEstablishment e);

    /** One establishment, by its FINESS ET. */
    record Establishment(String finess) implements Selection {
        @Override
        public boolean includes(FinessEstablishment e) {
            return finess.equals(e.finess());
        }
    }

    /** Every establishment of a legal entity, by its FINESS EJ. */
    record LegalEntity(String finess) implements Selection {
        @Override
        public boolean includes(FinessEstablishment e) {
            return finess.equals(e.legalEntityFiness());
        }
    }

    /**
     * Establishments by department and category.
     *
     * @param departments INSEE department codes ({@link Departments}); empty for every department
     * @param categories  FINESS category codes; empty for every category
     */
    record Area(Set<String> departments, Set<String> categories) implements Selection {
        public Area {
            departments = Set.copyOf(departments);
            categories = Set.copyOf(categories);
        }

        @Override
        public boolean includes(FinessEstablishment e) {
            return (categories.isEmpty() || categories.contains(e.categoryCode()))
                    && (departments.isEmpty() || departments.contains(e.department()));
        }
    }

    static Selection establishment(String finess) {
        return new Establishment(finess(finess, "établissement", "establishment"));
    }

    static Selection legalEntity(String finess) {
        return new LegalEntity(finess(finess, "entité juridique", "legal entity"));
    }

    /**
     * @param departments as a user writes them ({@code 1}, {@code 01}, {@code 2a}, {@code 9A}, {@code 971})
     * @param categories  FINESS category codes ({@code 500})
     */
    static Selection area(Collection<String> departments, Collection<String> categories) {
        return area(departments, categories, null);
    }

    /**
     * The same, a malformed category being told the nearest one of {@code reference} (null: none).
     */
    static Selection area(Collection<String> departments, Collection<String> categories, ExtractReference reference) {
        Set<String> deps = new LinkedHashSet<>();
        for (String d : departments) {
            deps.add(Departments.normalise(d).orElseThrow(() -> unknownDepartment(d.trim())));
        }
        Set<String> cats = new LinkedHashSet<>();
        for (String c : categories) {
            String code = c.trim();
            if (!CATEGORY.matcher(code).matches()) {
                String near = reference == null ? null
                        : KnownCodes.closest(code, reference.categories().keySet()).orElse(null);
                String label = near == null ? null
                        : reference.category(near).map(ExtractReference.Category::label).orElse(null);
                String named = near == null ? null : near + (label == null ? "" : " « " + label + " »");
                String namedEn = near == null ? null : near + (label == null ? "" : " \"" + label + "\"");
                throw ExtractException.of(ExtractException.Kind.UNKNOWN_CODE, null,
                        "catégorie FINESS « " + code + " » mal formée : trois chiffres attendus"
                                + (named == null ? " (500 pour les EHPAD)" : " ; la plus proche est " + named),
                        "malformed FINESS category \"" + code + "\": three digits expected"
                                + (named == null ? " (500 for EHPAD)" : "; the nearest is " + namedEn));
            }
            cats.add(code);
        }
        return new Area(deps, cats);
    }

    /** An unknown department, with the nearest known one (the Corsica of before 1976 has its own hint). */
    private static ExtractException unknownDepartment(String d) {
        String near = KnownCodes.closest(d, Departments.all().keySet()).orElse(null);
        String nearFr = near == null ? "" : " ; le plus proche est " + near + " (" + Departments.nameOf(near) + ")";
        String nearEn = near == null ? "" : "; the nearest is " + near + " (" + Departments.nameOf(near) + ")";
        return ExtractException.of(ExtractException.Kind.UNKNOWN_CODE, null, "département « " + d + " » inconnu" + nearFr
                        + " (codes INSEE : 01 à 95, 2A, 2B, 971 à 978, 986 ; la Corse n'est plus 20)",
                "unknown department \"" + d + "\"" + nearEn
                        + " (INSEE codes: 01 to 95, 2A, 2B, 971 to 978, 986; Corsica is no longer 20)");
    }

    private static String finess(String raw, String whatFr, String whatEn) {
        String f = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!FINESS.matcher(f).matches()) {
            throw ExtractException.of(ExtractException.Kind.UNKNOWN_CODE, null,
                    "FINESS d'" + whatFr + " « " + (raw == null ? "" : raw.trim()) + " » mal formé : 9 caractères attendus"
                            + " (chiffres, 2A ou 2B pour la Corse)",
                    "malformed " + whatEn + " FINESS \"" + (raw == null ? "" : raw.trim())
                            + "\": 9 characters expected (digits, 2A or 2B for Corsica)");
        }
        return f;
    }
}
