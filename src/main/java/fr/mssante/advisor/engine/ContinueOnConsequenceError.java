package fr.mssante.advisor.engine;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Drools stops the whole session when one consequence throws. This handler records the failure on
 * the session's collector instead, so one faulty rule does not lose the other rules' findings.
 * Drools instantiates it by class name, hence the state lives in the session's global.
 */
public final class ContinueOnConsequenceError implements ConsequenceExceptionHandler {

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        if (exception instanceof RuleEngine.SessionAborted aborted) {
            throw aborted;
        }
        Object global = ((KieRuntime) runtime).getGlobal(RuleEngine.FINDINGS_GLOBAL);
        if (!(global instanceof FindingCollector collector)) {
            throw new IllegalStateException("rule " + match.getRule().getName() + " failed", exception);
        }
        collector.failed(match.getRule().getName(), match.getRule().getPackageName(), exception);
    }
}
