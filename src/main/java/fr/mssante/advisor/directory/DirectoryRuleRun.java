package fr.mssante.advisor.directory;

import fr.mssante.advisor.engine.RuleEngine;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.pack.ReferenceData;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs, for one establishment, the rules of {@code reference/directory.yaml} and no other: the same
 * engine and DRL as {@code audit}, on one knowledge base reduced to those rules and shared by every
 * establishment (and thread). The other rules read facts the extractions do not carry; they are
 * reported as not applicable.
 */
public final class DirectoryRuleRun {

    private final DirectoryReference reference;
    private final RuleEngine engine;
    private final List<String> applied;
    private final List<String> notApplicable;

    /** @param trust the trust space to check addresses against (the pack's, or a whitelist file's) */
    public DirectoryRuleRun(RulePack pack, DirectoryReference reference, ReferenceData trust) {
        this.reference = reference;
        Set<String> keep = reference.applicableRules().stream().map(id -> pack.rule(id).orElseThrow())
                .map(r -> r.packageName() + "/" + r.ruleName()).collect(Collectors.toSet());
        RulePack restricted = new RulePack(pack.kieBases().restrictedTo(keep), pack.rules(), pack.messages(), trust,
                pack.root(), pack.location(), pack.problems());
        this.engine = new RuleEngine(restricted);
        this.applied = reference.applicableRules().stream().sorted().toList();
        this.notApplicable = pack.sortedRules().stream().map(RuleInfo::id).filter(id -> !applied.contains(id))
                .toList();
    }

    public RuleEngine.Result check(SelectedEstablishment e) {
        return engine.run(DirectoryFacts.of(e, reference.setupCategoryOf(e.finess().categoryCode())));
    }

    /** The rule ids that run, sorted. */
    public List<String> applied() {
        return applied;
    }

    /** Every other rule of the pack, sorted. */
    public List<String> notApplicable() {
        return notApplicable;
    }
}
