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
 * Runs, for one establishment, the rules of {@code reference/directory.yaml} and no other (those of
 * {@code applicableWithRpps} only when the RPPS was read): the same engine and DRL as {@code audit}, on
 * one knowledge base reduced to those rules and shared by every establishment. The other rules read
 * facts the extractions do not carry; they are reported as not applicable.
 */
public final class DirectoryRuleRun {

    private final DirectoryReference reference;
    private final RuleEngine engine;
    private final List<String> applied;
    private final List<String> notApplicable;
    private final List<String> needingRpps;

    /**
     * @param trust    the trust space to check addresses against (the pack's, or a whitelist file's)
     * @param withRpps whether the RPPS was read: the rules that need professionals run too
     */
    public DirectoryRuleRun(RulePack pack, DirectoryReference reference, ReferenceData trust, boolean withRpps) {
        this.reference = reference;
        List<String> ids = reference.rulesFor(withRpps);
        Set<String> keep = ids.stream().map(id -> pack.rule(id).orElseThrow())
                .map(r -> r.packageName() + "/" + r.ruleName()).collect(Collectors.toSet());
        RulePack restricted = new RulePack(pack.kieBases().restrictedTo(keep), pack.rules(), pack.messages(), trust,
                pack.root(), pack.location(), pack.problems());
        this.engine = new RuleEngine(restricted);
        this.applied = ids.stream().sorted().toList();
        this.needingRpps = withRpps ? List.of() : reference.withRppsRules().stream().sorted().toList();
        this.notApplicable = pack.sortedRules().stream().map(RuleInfo::id).filter(id -> !applied.contains(id))
                .toList();
    }

    /** @param people the professionals practising there, or null when no RPPS file was read */
    RuleEngine.Result check(SelectedEstablishment e, List<Practitioners.Person> people) {
        return engine.run(DirectoryFacts.of(e, reference.setupCategoryOf(e.finess().categoryCode()), people));
    }

    /** The rule ids that run, sorted. */
    public List<String> applied() {
        return applied;
    }

    /** Without the RPPS, the rules that would run with it, sorted; empty with it. */
    public List<String> needingRpps() {
        return needingRpps;
    }

    /** Every other rule of the pack, sorted. */
    public List<String> notApplicable() {
        return notApplicable;
    }
}
