package fr.mssante.advisor.pack;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled pack as Drools knowledge bases: the full one, and on demand one without some rules.
 * When a rule's condition throws, Drools aborts the whole evaluation; the engine then re-runs the
 * audit on a base without the faulty rule so that the other rules' findings are not lost.
 */
public final class KieBases {

    private final KieBase full;
    private final Supplier<KieBase> fresh;
    private final Map<Set<String>, KieBase> reduced = new ConcurrentHashMap<>();

    /**
     * @param fresh makes a new, unshared base with every rule (rules are removed from it)
     */
    public KieBases(KieBase full, Supplier<KieBase> fresh) {
        this.full = full;
        this.fresh = fresh;
    }

    public KieBases(KieContainer container, KieBaseConfiguration config, KieBase full) {
        this(full, () -> container.newKieBase(config));
    }

    public KieBase full() {
        return full;
    }

    /**
     * The same pack reduced to the rules {@code keep} (each written {@code package/rule name}), with
     * its own fault isolation: for a caller whose facts only some rules can judge (the directory
     * dashboard). Every other rule of the pack is removed.
     */
    public KieBases restrictedTo(Set<String> keep) {
        Set<String> others = new java.util.HashSet<>();
        full.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String key = p.getName() + "/" + r.getName();
            if (!keep.contains(key)) {
                others.add(key);
            }
        }));
        return new KieBases(without(others), () -> remove(fresh.get(), others));
    }

    /**
     * A base without the given rules, each written {@code package/rule name}; built once per set (it
     * costs a compilation, and only faulty packs need it).
     */
    public KieBase without(Set<String> ruleKeys) {
        if (ruleKeys.isEmpty()) {
            return full;
        }
        return reduced.computeIfAbsent(Set.copyOf(ruleKeys), keys -> remove(fresh.get(), keys));
    }

    private static KieBase remove(KieBase base, Set<String> keys) {
        for (String key : keys) {
            int slash = key.indexOf('/');
            if (base.getRule(key.substring(0, slash), key.substring(slash + 1)) != null) {
                base.removeRule(key.substring(0, slash), key.substring(slash + 1));
            }
        }
        return base;
    }
}
