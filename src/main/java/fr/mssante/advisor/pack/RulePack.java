package fr.mssante.advisor.pack;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * A compiled rule pack: the Drools knowledge base, each rule's metadata, the texts and the reference
 * data. Immutable and thread-safe; build it once and audit many files with it.
 *
 * @param root     the pack's folder (inside the jar for the default pack)
 * @param location how to name the pack to a person: a folder path, or "default pack"
 * @param problems non-blocking problems found while loading (warnings)
 */
public record RulePack(KieBases kieBases, Map<String, RuleInfo> rules, MessageCatalog messages,
                       ReferenceData reference, Path root, String location, List<PackProblem> problems) {

    public RulePack {
        rules = Map.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** The knowledge base with every rule of the pack. */
    public KieBase kieBase() {
        return kieBases.full();
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rules sorted by id. */
    public List<RuleInfo> sortedRules() {
        return rules.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
    }

    /** Rules found by their Drools name (used when Drools reports a failing rule by name). */
    public Optional<RuleInfo> byRuleName(String ruleName) {
        Collection<RuleInfo> all = rules.values();
        return all.stream().filter(r -> r.ruleName().equals(ruleName)).findFirst();
    }
}
