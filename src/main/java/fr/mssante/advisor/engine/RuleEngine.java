package fr.mssante.advisor.engine;

import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Runs facts through a rule pack in a fresh session and returns what the rules found, plus any rule
 * that failed. A session is cheap; the knowledge base is shared and thread-safe.
 *
 * <p>Four kinds of faulty rule are contained: a consequence that throws (recorded by
 * {@link ContinueOnConsequenceError}, the session goes on), a rule that keeps firing (stopped after
 * {@link #MAX_SAME_MATCH} firings on the same facts or {@link #MAX_FIRINGS} in all, and told apart from
 * the rules it makes fire again by the changes its consequence makes; its first findings are kept), a rule that floods the session with facts (stopped after
 * {@link #MAX_INSERTED_FACTS}), and a condition that throws, which aborts Drools' evaluation. For the
 * last three the audit is run again without that rule, so the other rules' findings are kept and
 * none of them is computed on the faulty rule's facts.
 */
public final class RuleEngine {

    public static final String FINDINGS_GLOBAL = "findings";
    public static final String REFERENCE_GLOBAL = "ref";
    /** The pack's rule ids ({@link fr.mssante.advisor.pack.RuleIds}), for the rules about waivers. */
    public static final String CATALOGUE_GLOBAL = "catalogue";
    /** Far above what the pack needs for one structure; beyond it a rule is looping. */
    public static final int MAX_FIRINGS = 20_000;
    /** Facts one rule may insert (its findings included) in one session; beyond it the rule is flooding. */
    public static final int MAX_INSERTED_FACTS = 10_000;
    /** Both budgets grow with the facts given, so a portfolio of many structures is not mistaken for a loop. */
    private static final int BUDGET_PER_FACT = 10;
    /**
     * Firings of one rule on the very same facts: a rule whose consequence changes (update, modify,
     * insert) what it reads fires again on them forever; no working rule comes near this.
     */
    public static final int MAX_SAME_MATCH = 500;
    /** How many faulty conditions one audit works around before giving up. */
    private static final int MAX_RETRIES = 5;

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \\[?\"?([^\"\\]]+?)\"?(?: in |\\]|$)");

    /** Findings in the order rules reported them, and the rules that failed. */
    public record Result(List<Finding> findings, List<RuleFailure> failures) {
    }

    private final RulePack pack;
    /** The globals the pack's DRL declares: Drools refuses a value for an undeclared one. */
    private final Set<String> declaredGlobals;
    private final fr.mssante.advisor.pack.RuleIds catalogue;

    public RuleEngine(RulePack pack) {
        this.pack = pack;
        this.declaredGlobals = pack.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream()).map(g -> g.getName())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.catalogue = new fr.mssante.advisor.pack.RuleIds(pack.rules().keySet());
    }

    public Result run(List<Object> facts) {
        // Drools resolves some classes through the thread's context class loader; a pool thread, a test
        // runner's or an application server's may have one that cannot see the facts, so the engine
        // runs with the loader that loaded it (and the facts), then puts the caller's back.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleEngine.class.getClassLoader());
        try {
            return runExcludingFaultyRules(facts);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    private Result runExcludingFaultyRules(List<Object> facts) {
        Set<String> excluded = new LinkedHashSet<>();
        List<RuleFailure> stopped = new ArrayList<>();
        List<Finding> keptOfCulprits = new ArrayList<>();
        while (true) {
            KieBase base = pack.kieBases().without(excluded);
            Attempt attempt = attempt(base, facts);
            if (attempt.culprit() == null) {
                List<RuleFailure> failures = new ArrayList<>(stopped);
                failures.addAll(attempt.failures());
                List<Finding> findings = new ArrayList<>(attempt.findings());
                findings.addAll(keptOfCulprits);
                return new Result(findings, distinct(failures));
            }
            Culprit culprit = attempt.culprit();
            keptOfCulprits.addAll(culprit.ownFindings());
            stopped.add(failure(culprit.rule() == null ? null : culprit.rule().getName(),
                    culprit.rule() == null ? null : culprit.rule().getPackageName(), culprit.message()));
            if (culprit.rule() == null || excluded.size() >= MAX_RETRIES) {
                // Cannot tell which rule broke: nothing this session produced can be trusted.
                return new Result(List.of(), distinct(stopped));
            }
            excluded.add(culprit.rule().getPackageName() + "/" + culprit.rule().getName());
        }
    }

    /**
     * The rule that stopped an evaluation (null when Drools did not name it), why, and the findings it
     * reported before it was stopped that stand (a looping rule's first report on each subject).
     */
    private record Culprit(Rule rule, String message, List<Finding> ownFindings) {
        Culprit(Rule rule, String message) {
            this(rule, message, List.of());
        }
    }

    /** One evaluation of the facts on one knowledge base; {@code culprit} set when it was cut short. */
    private record Attempt(List<Finding> findings, List<RuleFailure> failures, Culprit culprit) {
    }

    private Attempt attempt(KieBase base, List<Object> facts) {
        FindingCollector collector = new FindingCollector();
        KieSession session = base.newKieSession();
        Map<Rule, Integer> firings = new HashMap<>();
        FloodWatch flood = new FloodWatch(MAX_INSERTED_FACTS + BUDGET_PER_FACT * facts.size());
        LoopWatch loop = new LoopWatch();
        int maxFirings = MAX_FIRINGS + BUDGET_PER_FACT * facts.size();
        try {
            setGlobal(session, FINDINGS_GLOBAL, collector);
            setGlobal(session, REFERENCE_GLOBAL, pack.reference());
            setGlobal(session, CATALOGUE_GLOBAL, catalogue);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.merge(event.getMatch().getRule(), 1, Integer::sum);
                    loop.fired(event);
                }
            });
            session.addEventListener(flood);
            session.addEventListener(loop);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(maxFirings);
            if (loop.repeated != null || fired >= maxFirings) {
                // The rule that keeps changing the facts is the loop; the rules that match those facts again
                // (some many times over) only follow it.
                Rule rule = loop.changer().orElseGet(() -> loop.repeated != null ? loop.repeated
                        : firings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
                String id = String.valueOf(rule.getMetaData().getOrDefault("id", rule.getName()));
                List<Finding> own = collector.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
                int times = firings.getOrDefault(rule, 0);
                return new Attempt(List.of(), List.of(), new Culprit(rule, "la règle s'est déclenchée " + times
                        + " fois sans fin (boucle : sa conséquence modifie, par update, modify ou insert, des faits"
                        + " qui la redéclenchent) et a été arrêtée ; ajoutez no-loop ou une condition que la"
                        + " modification rend fausse / the rule kept firing (a loop: its consequence changes, by"
                        + " update, modify or insert, facts that make it fire again) and was stopped; add no-loop"
                        + " or a condition the change makes false", own));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            if (flood.culprit != null) {
                int fired = firings.getOrDefault(flood.culprit, 0) + 1;
                return new Attempt(List.of(), List.of(), new Culprit(flood.culprit, fired > 1
                        ? "la règle s'est déclenchée " + fired + " fois sans fin (boucle) en insérant plus de "
                                + flood.max + " faits, et a été arrêtée / the rule kept firing (a loop), inserted more"
                                + " than " + flood.max + " facts and was stopped"
                        : "la règle a inséré plus de " + flood.max + " faits d'un coup et a été arrêtée"
                                + " / the rule inserted more than " + flood.max + " facts at once and was stopped"));
            }
            return new Attempt(List.of(), List.of(), new Culprit(ruleNamedIn(e, base).orElse(null), describe(e)));
        } finally {
            session.dispose();
        }
        List<RuleFailure> failures = new ArrayList<>();
        collector.problems().forEach(p -> failures.add(failure(p.ruleName(), p.packageName(), describe(p.error()))));
        return new Attempt(collector.findings(), failures, null);
    }

    /**
     * Counts the facts each rule inserts; past the budget it names the rule and aborts the session
     * (the exception passes through {@link ContinueOnConsequenceError}, which lets it go).
     */
    private static final class FloodWatch extends DefaultRuleRuntimeEventListener {
        private final int max;
        private final Map<Rule, Integer> inserted = new HashMap<>();
        private Rule culprit;

        FloodWatch(int max) {
            this.max = max;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule != null && inserted.merge(rule, 1, Integer::sum) > max) {
                culprit = rule;
                throw new SessionAborted();
            }
        }
    }

    /**
     * Counts, for each rule, the changes its consequences make to the facts (updates, inserts, deletes),
     * and its firings on the very same facts; past {@link #MAX_SAME_MATCH} of those it halts the session.
     */
    private static final class LoopWatch extends DefaultRuleRuntimeEventListener {
        private final Map<Rule, Integer> changes = new HashMap<>();
        private final Map<List<Object>, Integer> sameMatch = new HashMap<>();
        private Rule repeated;

        void fired(AfterMatchFiredEvent event) {
            List<Object> key = new ArrayList<>();
            key.add(event.getMatch().getRule());
            event.getMatch().getObjects().forEach(o -> key.add(System.identityHashCode(o)));
            if (repeated == null && sameMatch.merge(key, 1, Integer::sum) > MAX_SAME_MATCH) {
                repeated = event.getMatch().getRule();
                event.getKieRuntime().halt();
            }
        }

        /** The rule whose consequences changed the facts most, if any did. */
        Optional<Rule> changer() {
            return changes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        private void changed(Rule rule) {
            if (rule != null) {
                changes.merge(rule, 1, Integer::sum);
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (!(event.getObject() instanceof Finding)) {
                changed(event.getRule());
            }
        }

        @Override
        public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
            changed(event.getRule());
        }

        @Override
        public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent event) {
            changed(event.getRule());
        }
    }

    /** Thrown inside a session to stop it at once; carries no stack trace (nobody reads it). */
    static final class SessionAborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionAborted() {
            super("session aborted", null, false, false);
        }
    }

    /** One line per rule and message: a consequence that throws for every mailbox is one problem. */
    private static List<RuleFailure> distinct(List<RuleFailure> failures) {
        Map<String, RuleFailure> byRule = new java.util.LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (RuleFailure f : failures) {
            String key = f.ruleId() + "\u0000" + f.message();
            byRule.putIfAbsent(key, f);
            counts.merge(key, 1, Integer::sum);
        }
        List<RuleFailure> out = new ArrayList<>();
        byRule.forEach((key, f) -> out.add(counts.get(key) == 1 ? f : new RuleFailure(f.ruleId(), f.file(), f.line(),
                f.message() + " (" + counts.get(key) + " fois / times)")));
        out.sort(Comparator.comparing(RuleFailure::ruleId));
        return out;
    }

    private void setGlobal(KieSession session, String name, Object value) {
        if (declaredGlobals.contains(name)) {
            session.setGlobal(name, value);
        }
    }

    /** Drools names the rule whose condition failed only in the exception's text. */
    private static Optional<Rule> ruleNamedIn(Throwable error, KieBase base) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) {
                continue;
            }
            Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
            while (m.find()) {
                String name = m.group(1).trim();
                Optional<Rule> rule = base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                        .filter(r -> r.getName().equals(name)).findFirst();
                if (rule.isPresent()) {
                    return rule;
                }
            }
        }
        return Optional.empty();
    }

    private RuleFailure failure(String ruleName, String packageName, String message) {
        RuleInfo info = ruleName == null ? null : pack.byRuleName(ruleName, packageName).orElse(null);
        if (info == null) {
            return new RuleFailure(ruleName == null ? "?" : ruleName, "", 0, message);
        }
        return new RuleFailure(info.id(), info.file(), info.line(), message);
    }

    /** The chain of messages down to the innermost cause: that is where the analyst's mistake shows. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                if (text.length() > 0) {
                    text.append(" — ");
                }
                text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            }
        }
        return text.length() == 0 ? error.getClass().getSimpleName() : text.toString().replaceAll("\\s+", " ");
    }
}
