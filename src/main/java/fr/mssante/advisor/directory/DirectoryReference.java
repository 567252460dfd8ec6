package fr.mssante.advisor.directory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pack's reference data for the dashboard, editable by analysts like the rest of the pack:
 * {@code reference/essms-categories.yaml} (the FINESS categories in scope by default, their labels and
 * the setup category the rules see) and {@code reference/directory.yaml} (the rules the extractions
 * can feed).
 *
 * @param categories      by FINESS category code, in the file's order
 * @param applicableRules rule ids, in the file's order
 */
public record DirectoryReference(Map<String, EssmsCategory> categories, List<String> applicableRules) {

    static final String CATEGORIES_FILE = "reference/essms-categories.yaml";
    static final String RULES_FILE = "reference/directory.yaml";
    /** The setup category of a FINESS category the file does not map. */
    static final String OTHER_CATEGORY = "AUTRE";

    /**
     * @param label         null when the file gives none (the extraction's {@code libcategetab} is used)
     * @param setupCategory the setup-format category ({@code EHPAD}, {@code SSIAD}…), {@code AUTRE} by default
     */
    public record EssmsCategory(String code, String label, String setupCategory) {
    }

    public DirectoryReference {
        categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        applicableRules = List.copyOf(applicableRules);
    }

    /** Reads both files from the pack's folder; a missing or broken file is a pack problem. */
    public static DirectoryReference of(RulePack pack) {
        List<PackProblem> problems = new ArrayList<>();
        RulePackLoader files = new RulePackLoader();
        LocatedTree categories = files.readYaml(pack.root().resolve(CATEGORIES_FILE), problems);
        LocatedTree rules = files.readYaml(pack.root().resolve(RULES_FILE), problems);
        Map<String, EssmsCategory> byCode = new LinkedHashMap<>();
        List<String> ruleIds = new ArrayList<>();
        if (categories != null) {
            JsonNode list = categories.root().path("categories");
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String code = c.path("code").asText("").trim();
                if (code.isEmpty()) {
                    problems.add(problem(pack, CATEGORIES_FILE, categories.locate("categories[" + i + "]"),
                            "catégorie sans code / category without a code"));
                    continue;
                }
                byCode.put(code, new EssmsCategory(code, c.hasNonNull("label") ? c.get("label").asText() : null,
                        c.path("setupCategory").asText(OTHER_CATEGORY)));
            }
        }
        if (rules != null) {
            JsonNode list = rules.root().path("applicableRules");
            for (int i = 0; i < list.size(); i++) {
                String id = list.get(i).asText("").trim();
                if (pack.rule(id).isEmpty()) {
                    problems.add(problem(pack, RULES_FILE, rules.locate("applicableRules[" + i + "]"),
                            "règle inconnue du paquet / no such rule in the pack: " + id));
                    continue;
                }
                ruleIds.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(fr.mssante.advisor.i18n.Wording.of(fr.mssante.advisor.i18n.Lang.EN)
                    .regular(problems.size(), "problème", "problem") + " in the dashboard's reference data", problems);
        }
        return new DirectoryReference(byCode, ruleIds);
    }

    /** The category's label: this file's, else the extraction's. */
    public String labelOf(String code, String fromExtract) {
        EssmsCategory c = categories.get(code);
        return c != null && c.label() != null ? c.label() : fromExtract;
    }

    public String setupCategoryOf(String code) {
        EssmsCategory c = categories.get(code);
        return c == null ? OTHER_CATEGORY : c.setupCategory();
    }

    private static PackProblem problem(RulePack pack, String file, SourceLocation at, String message) {
        return new PackProblem(RulePackLoader.displayName(pack.root().resolve(file)), at.line(), at.column(),
                message, true);
    }
}
