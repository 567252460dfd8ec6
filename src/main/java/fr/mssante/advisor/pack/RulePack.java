package fr.mssante.advisor.pack;

import java.nio.file.Path;
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
 * @param trustList the official whitelist replacing the pack's trust-space data, or null
 */
public record RulePack(KieBases kieBases, Map<String, RuleInfo> rules, MessageCatalog messages,
                       ReferenceData reference, Path root, String location, List<PackProblem> problems,
                       TrustList trustList) {

    public RulePack {
        rules = Map.copyOf(rules);
        problems = List.copyOf(problems);
    }

    public RulePack(KieBases kieBases, Map<String, RuleInfo> rules, MessageCatalog messages, ReferenceData reference,
                    Path root, String location, List<PackProblem> problems) {
        this(kieBases, rules, messages, reference, root, location, problems, null);
    }

    /** The same rules, with the official whitelist as the trust space (the compiled rules are shared). */
    public RulePack withTrustList(TrustList list) {
        return new RulePack(kieBases, rules, messages, reference.withTrustList(list), root, location, problems, list);
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

    /**
     * A rule found by its Drools name (Drools reports a failing rule by name), in {@code packageName}
     * when it is known.
     */
    public Optional<RuleInfo> byRuleName(String ruleName, String packageName) {
        return rules.values().stream().filter(r -> r.ruleName().equals(ruleName))
                .filter(r -> packageName == null || r.packageName().equals(packageName)).findFirst();
    }
}
