package fr.mssante.advisor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code findings} that rule consequences report to. The rule's own metadata gives the id
 * and severity, so a DRL consequence only says what and where:
 * {@code findings.report(kcontext, $m.id(), $m.path(), "mailbox", $m.id());}.
 * One collector per audit session: not shared between threads.
 */
public final class FindingCollector {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final List<RuntimeProblem> problems = new ArrayList<>();

    /** A rule that threw while running, as the engine caught it. */
    public record RuntimeProblem(String ruleName, String packageName, Throwable error) {
    }

    /**
     * Records a finding of the firing rule, at most once per subject (the catalogue's rule), and
     * inserts it as a fact.
     *
     * @param keyValues placeholder names and values, alternating
     */
    public void report(RuleContext kcontext, String subject, String path, Object... keyValues) {
        Map<String, Object> meta = kcontext.getRule().getMetaData();
        String ruleId = String.valueOf(meta.getOrDefault("id", kcontext.getRule().getName()));
        if (!reported.add(ruleId + "\u0000" + subject)) {
            return;
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            args.put(String.valueOf(keyValues[i]), keyValues[i + 1] == null ? "" : String.valueOf(keyValues[i + 1]));
        }
        Finding finding = new Finding(ruleId, String.valueOf(meta.get("severity")), subject, path, args);
        findings.add(finding);
        kcontext.getKieRuntime().insert(finding);
    }

    void failed(String ruleName, String packageName, Throwable error) {
        problems.add(new RuntimeProblem(ruleName, packageName, error));
    }

    List<RuntimeProblem> problems() {
        return List.copyOf(problems);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
