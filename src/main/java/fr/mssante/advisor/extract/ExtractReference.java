package fr.mssante.advisor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import fr.mssante.advisor.setup.read.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data beside the rules that turns extract codes into setup values, edited by analysts:
 * {@code reference/finess-categories.yaml} (FINESS category → setup category, ESSMS or not) and
 * {@code reference/rpps-professions.yaml} (RPPS profession → setup profession and how it registers).
 * A code absent from these files is unmapped: reported, never guessed.
 *
 * @param categories  by FINESS category code, in the file's order
 * @param professions by RPPS profession code, in the file's order
 */
public record ExtractReference(Map<String, Category> categories, Map<String, Profession> professions) {

    public static final String CATEGORIES_FILE = "reference/finess-categories.yaml";
    public static final String PROFESSIONS_FILE = "reference/rpps-professions.yaml";

    /**
     * @param label null when the file gives none (the FINESS CSV's {@code libcategetab} is then used)
     * @param essms in the default scope of the dashboard
     */
    public record Category(String code, String label, String setupCategory, boolean essms) {
    }

    /** @param registeredBy {@code ORDER} or {@code RPPS_PLUS}, as the setup file's {@code registeredBy} */
    public record Profession(String code, String label, String profession, String registeredBy) {
    }

    /** The reference data and every problem found in it (empty when the files are right). */
    public record Loaded(ExtractReference reference, List<PackProblem> problems) {
    }

    public ExtractReference {
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        professions = Collections.unmodifiableMap(new LinkedHashMap<>(professions));
    }

    /** Reads both files of the pack; a mistake is a problem with its file, line and column. */
    public static Loaded read(RulePack pack) {
        return read(pack.root());
    }

    /**
     * Reads both files of the pack folder {@code root} (a folder of the jar included), without loading
     * the rules: a command that only needs the reference data ({@code init}) starts faster.
     */
    public static Loaded read(Path root) {
        List<PackProblem> problems = new ArrayList<>();
        RulePackLoader files = new RulePackLoader();
        Map<String, Category> categories = new LinkedHashMap<>();
        Map<String, Profession> professions = new LinkedHashMap<>();
        LocatedTree c = files.readYaml(root.resolve(CATEGORIES_FILE), problems);
        if (c != null) {
            new Entries(root.resolve(CATEGORIES_FILE), c, "categories", problems).each((e, path) -> {
                String code = e.code();
                String setup = e.choice("setupCategory", SetupVocabulary.CATEGORIES);
                Boolean essms = e.bool("essms");
                if (code != null && setup != null && essms != null) {
                    categories.put(code, new Category(code, e.text("label"), setup, essms));
                }
            }, Set.of("code", "label", "setupCategory", "essms"));
        }
        LocatedTree p = files.readYaml(root.resolve(PROFESSIONS_FILE), problems);
        if (p != null) {
            new Entries(root.resolve(PROFESSIONS_FILE), p, "professions", problems).each((e, path) -> {
                String code = e.code();
                String profession = e.choice("profession", SetupVocabulary.PROFESSIONS);
                String registeredBy = e.choice("registeredBy", SetupVocabulary.REGISTRATIONS);
                if (code != null && profession != null && registeredBy != null) {
                    professions.put(code, new Profession(code, e.text("label"), profession, registeredBy));
                }
            }, Set.of("code", "label", "profession", "registeredBy"));
        }
        return new Loaded(new ExtractReference(categories, professions), problems);
    }

    /** The reference data; broken files are a pack problem (exit status 3). */
    public static ExtractReference of(RulePack pack) {
        Loaded loaded = read(pack);
        if (!loaded.problems().isEmpty()) {
            throw new RulePackException(loaded.problems().size() + " problem(s) in the extracts' reference data",
                    loaded.problems());
        }
        return loaded.reference();
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code.trim()));
    }

    public Optional<Profession> profession(String code) {
        return Optional.ofNullable(code == null ? null : professions.get(code.trim()));
    }

    /** The ESSMS category codes, in the file's order: the dashboard's default scope. */
    public List<String> essmsCategories() {
        return categories.values().stream().filter(Category::essms).map(Category::code).toList();
    }

    /** The entries of one list of a reference file, each checked with its place in the file. */
    private static final class Entries {
        private final String file;
        private final LocatedTree tree;
        private final String list;
        private final List<PackProblem> problems;
        private final Set<String> codes = new java.util.HashSet<>();
        private JsonNode entry;
        private String path;

        Entries(Path file, LocatedTree tree, String list, List<PackProblem> problems) {
            this.file = RulePackLoader.displayName(file);
            this.tree = tree;
            this.list = list;
            this.problems = problems;
        }

        interface Check {
            void apply(Entries e, String path);
        }

        void each(Check check, Set<String> keys) {
            JsonNode all = tree.root().path(list);
            if (!all.isArray()) {
                problem(list, "liste « " + list + " » absente / missing \"" + list + "\" list");
                return;
            }
            for (int i = 0; i < all.size(); i++) {
                entry = all.get(i);
                path = list + "[" + i + "]";
                if (!entry.isObject()) {
                    problem(path, "entrée attendue sous la forme { code: …, … } / an entry { code: …, … } expected");
                    continue;
                }
                for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!keys.contains(key)) {
                        String hint = Suggestions.closest(key, keys).map(k -> " (« " + k + " » ?)").orElse("");
                        problem(path + "." + key, "clé inconnue « " + key + " »" + hint + " / unknown key \"" + key + "\"");
                    }
                }
                check.apply(this, path);
            }
        }

        String code() {
            String code = text("code");
            if (code == null) {
                problem(path, "entrée sans code / entry without a code");
                return null;
            }
            if (!codes.add(code)) {
                problem(path + ".code", "code « " + code + " » déjà défini plus haut / code \"" + code + "\" defined twice");
                return null;
            }
            return code;
        }

        String text(String key) {
            JsonNode v = entry.get(key);
            if (v == null || v.isNull() || v.asText().isBlank()) {
                return null;
            }
            return v.asText().trim();
        }

        String choice(String key, Set<String> allowed) {
            String v = text(key);
            if (v == null) {
                problem(path, key + " manquant (valeurs : " + String.join(", ", new java.util.TreeSet<>(allowed))
                        + ") / " + key + " missing");
                return null;
            }
            if (!allowed.contains(v)) {
                String hint = Suggestions.closest(v, allowed).map(k -> " ; « " + k + " » ?").orElse("");
                problem(path + "." + key, key + " « " + v + " » inconnu" + hint + " (valeurs : "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ") / unknown " + key + " \"" + v + "\"");
                return null;
            }
            return v;
        }

        Boolean bool(String key) {
            JsonNode v = entry.get(key);
            if (v != null && v.isBoolean()) {
                return v.booleanValue();
            }
            problem(v == null ? path : path + "." + key, key + " : true ou false attendu / true or false expected");
            return null;
        }

        private void problem(String at, String message) {
            SourceLocation where = tree.locate(at);
            problems.add(new PackProblem(file, where.line(), where.column(), message, true));
        }
    }
}
