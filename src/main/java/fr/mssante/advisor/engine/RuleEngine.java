package fr.mssante.advisor.engine;

import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RulePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs facts through a rule pack in a fresh session and returns what the rules found, plus any rule
 * that failed. A session is cheap; the knowledge base is shared and thread-safe.
 */
public final class RuleEngine {

    public static final String FINDINGS_GLOBAL = "findings";
    public static final String REFERENCE_GLOBAL = "ref";
    /** Far above what the pack needs for one structure; beyond it a rule is looping. */
    public static final int MAX_FIRINGS = 20_000;

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"|rule \\[?\"?([^\"\\]]+)\"?\\]?");

    /** Findings in the order rules reported them, and the rules that failed. */
    public record Result(List<Finding> findings, List<RuleFailure> failures) {
    }

    private final RulePack pack;

    public RuleEngine(RulePack pack) {
        this.pack = pack;
    }

    public Result run(List<Object> facts) {
        FindingCollector collector = new FindingCollector();
        List<RuleFailure> failures = new ArrayList<>();
        KieSession session = pack.kieBase().newKieSession();
        Map<Rule, Integer> firings = new HashMap<>();
        try {
            setGlobal(session, FINDINGS_GLOBAL, collector);
            setGlobal(session, REFERENCE_GLOBAL, pack.reference());
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                firings.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e ->
                        failures.add(failure(e.getKey().getName(), e.getKey().getPackageName(),
                                "la règle s'est déclenchée " + e.getValue() + " fois sans fin (boucle) ; arrêtée après "
                                        + MAX_FIRINGS + " déclenchements / the rule kept firing (loop)")));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failures.add(conditionFailure(e));
        } finally {
            session.dispose();
        }
        collector.problems().forEach(p -> failures.add(failure(p.ruleName(), p.packageName(), describe(p.error()))));
        failures.sort(Comparator.comparing(RuleFailure::ruleId));
        return new Result(collector.findings(), failures);
    }

    private static void setGlobal(KieSession session, String name, Object value) {
        if (session.getKieBase().getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(name)))) {
            session.setGlobal(name, value);
        }
    }

    /** An exception thrown while Drools evaluated a condition names the rule only in its text. */
    private RuleFailure conditionFailure(Throwable e) {
        String text = describe(e);
        Matcher m = RULE_IN_MESSAGE.matcher(text);
        String ruleName = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
        return failure(ruleName, null, text);
    }

    private RuleFailure failure(String ruleName, String packageName, String message) {
        RuleInfo info = ruleName == null ? null : pack.byRuleName(ruleName)
                .filter(r -> packageName == null || r.packageName().equals(packageName)).orElse(null);
        if (info == null) {
            return new RuleFailure(ruleName == null ? "?" : ruleName, "", 0, message);
        }
        return new RuleFailure(info.id(), info.file(), info.line(), message);
    }

    /** The innermost cause's message: that is where the analyst's mistake shows. */
    static String describe(Throwable error) {
        Throwable root = error;
        StringBuilder text = new StringBuilder();
        while (root != null) {
            if (root.getMessage() != null && text.indexOf(root.getMessage()) < 0) {
                if (text.length() > 0) {
                    text.append(" — ");
                }
                text.append(root.getClass().getSimpleName()).append(": ").append(root.getMessage());
            }
            root = root.getCause() == root ? null : root.getCause();
        }
        return text.length() == 0 ? error.getClass().getSimpleName() : text.toString().replaceAll("\\s+", " ");
    }
}
