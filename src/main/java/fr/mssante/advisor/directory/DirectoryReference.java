package fr.mssante.advisor.directory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The pack's reference data for the dashboard, editable by analysts like the rest of the pack: the
 * extracts' reference data ({@link ExtractReference}: the FINESS categories, which are ESSMS, their
 * labels and setup categories) and {@code reference/directory.yaml} (the rules the extracts can feed).
 *
 * @param extracts        the FINESS categories and RPPS professions
 * @param applicableRules rule ids the FINESS and the mailboxes feed, in the file's order
 * @param withRppsRules   rule ids that need the RPPS too ({@code --rpps}), in the file's order
 */
public record DirectoryReference(ExtractReference extracts, List<String> applicableRules, List<String> withRppsRules) {

    static final String RULES_FILE = "reference/directory.yaml";
    private static final String APPLICABLE = "applicableRules";
    private static final String WITH_RPPS = "applicableWithRpps";
    /** The setup category of a FINESS category the reference data does not map. */
    static final String OTHER_CATEGORY = "AUTRE";

    public DirectoryReference {
        applicableRules = List.copyOf(applicableRules);
        withRppsRules = List.copyOf(withRppsRules);
    }

    /** The rules that run: those of the FINESS and mailboxes, and with an RPPS file those that need it. */
    public List<String> rulesFor(boolean withRpps) {
        if (!withRpps) {
            return applicableRules;
        }
        List<String> all = new ArrayList<>(applicableRules);
        all.addAll(withRppsRules);
        return List.copyOf(all);
    }

    /** Reads the files from the pack's folder; a missing or broken file is a pack problem. */
    public static DirectoryReference of(RulePack pack) {
        List<PackProblem> problems = new ArrayList<>(problems(pack));
        if (!problems.isEmpty()) {
            throw new RulePackException(fr.mssante.advisor.i18n.Wording.of(fr.mssante.advisor.i18n.Lang.EN)
                    .regular(problems.size(), "problème", "problem") + " in the dashboard's reference data", problems);
        }
        LocatedTree rules = rulesFile(pack, new ArrayList<>());
        return new DirectoryReference(ExtractReference.read(pack).reference(),
                ruleIds(pack, rules, APPLICABLE, new ArrayList<>()), ruleIds(pack, rules, WITH_RPPS, new ArrayList<>()));
    }

    /** Every problem of the dashboard's reference data (for {@code rules check}), empty when it is right. */
    public static List<PackProblem> problems(RulePack pack) {
        List<PackProblem> problems = new ArrayList<>(ExtractReference.read(pack).problems());
        LocatedTree rules = rulesFile(pack, problems);
        ruleIds(pack, rules, APPLICABLE, problems);
        ruleIds(pack, rules, WITH_RPPS, problems);
        return problems;
    }

    private static LocatedTree rulesFile(RulePack pack, List<PackProblem> problems) {
        return new RulePackLoader().readYaml(pack.root().resolve(RULES_FILE), problems);
    }

    /** The rule ids of one list of the file; an unknown id, or one listed twice, is a problem with its line. */
    private static List<String> ruleIds(RulePack pack, LocatedTree rules, String key, List<PackProblem> problems) {
        List<String> ruleIds = new ArrayList<>();
        if (rules == null) {
            return ruleIds;
        }
        List<String> before = WITH_RPPS.equals(key) ? ruleIds(pack, rules, APPLICABLE, new ArrayList<>()) : List.of();
        JsonNode list = rules.root().path(key);
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText("").trim();
            if (pack.rule(id).isEmpty()) {
                problem(pack, rules, key + "[" + i + "]", "règle inconnue du paquet / no such rule in the pack: " + id,
                        problems);
            } else if (ruleIds.contains(id) || before.contains(id)) {
                problem(pack, rules, key + "[" + i + "]", "règle déjà listée / rule listed twice: " + id, problems);
            } else {
                ruleIds.add(id);
            }
        }
        return ruleIds;
    }

    private static void problem(RulePack pack, LocatedTree rules, String path, String message, List<PackProblem> problems) {
        SourceLocation at = rules.locate(path);
        problems.add(new PackProblem(RulePackLoader.displayName(pack.root().resolve(RULES_FILE)), at.line(), at.column(),
                message, true));
    }

    /** The FINESS categories of the dashboard's default scope (the ESSMS ones). */
    public List<String> defaultCategories() {
        return extracts.essmsCategories();
    }

    /** The category's label: the reference data's, else the extract's (the JSON flux has none), else its code. */
    public String labelOf(String code, String fromExtract) {
        String label = extracts.category(code).map(ExtractReference.Category::label).orElse(null);
        if (label == null) {
            label = fromExtract;
        }
        return label != null ? label : code;
    }

    public String setupCategoryOf(String code) {
        return extracts.category(code).map(ExtractReference.Category::setupCategory).orElse(OTHER_CATEGORY);
    }
}
