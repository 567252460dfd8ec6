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
 * @param applicableRules rule ids, in the file's order
 */
public record DirectoryReference(ExtractReference extracts, List<String> applicableRules) {

    static final String RULES_FILE = "reference/directory.yaml";
    /** The setup category of a FINESS category the reference data does not map. */
    static final String OTHER_CATEGORY = "AUTRE";

    public DirectoryReference {
        applicableRules = List.copyOf(applicableRules);
    }

    /** Reads the files from the pack's folder; a missing or broken file is a pack problem. */
    public static DirectoryReference of(RulePack pack) {
        List<PackProblem> problems = new ArrayList<>(problems(pack));
        if (!problems.isEmpty()) {
            throw new RulePackException(fr.mssante.advisor.i18n.Wording.of(fr.mssante.advisor.i18n.Lang.EN)
                    .regular(problems.size(), "problème", "problem") + " in the dashboard's reference data", problems);
        }
        return new DirectoryReference(ExtractReference.read(pack).reference(), ruleIds(pack, new ArrayList<>()));
    }

    /** Every problem of the dashboard's reference data (for {@code rules check}), empty when it is right. */
    public static List<PackProblem> problems(RulePack pack) {
        List<PackProblem> problems = new ArrayList<>(ExtractReference.read(pack).problems());
        ruleIds(pack, problems);
        return problems;
    }

    private static List<String> ruleIds(RulePack pack, List<PackProblem> problems) {
        LocatedTree rules = new RulePackLoader().readYaml(pack.root().resolve(RULES_FILE), problems);
        List<String> ruleIds = new ArrayList<>();
        if (rules == null) {
            return ruleIds;
        }
        JsonNode list = rules.root().path("applicableRules");
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText("").trim();
            if (pack.rule(id).isEmpty()) {
                SourceLocation at = rules.locate("applicableRules[" + i + "]");
                problems.add(new PackProblem(RulePackLoader.displayName(pack.root().resolve(RULES_FILE)), at.line(),
                        at.column(), "règle inconnue du paquet / no such rule in the pack: " + id, true));
                continue;
            }
            ruleIds.add(id);
        }
        return ruleIds;
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
