package fr.mssante.advisor.pack;

import java.util.Collection;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.rule.constraint.XpathConstraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * Whether Drools may turn a pack's busy constraints into bytecode ("jitting", after
 * {@link ConstraintJittingThresholdOption#DEFAULT_VALUE} evaluations of a constraint).
 *
 * <p>Jitting is worth having in batches, but Drools 10.2.0's jitter is broken for one kind of
 * constraint: those that use a pluggable operator ({@code str[startsWith]}, the temporal operators
 * {@code after}, {@code before}…), which Drools passes around as {@code EvaluatorWrapper}s. For them the
 * generated code calls {@code EvaluatorHelper.initOperators(FactHandle, org.drools.core.reteoo.Tuple,
 * EvaluatorWrapper[])}, while the method takes a {@code BaseTuple} since Drools 10: the constraint then
 * throws {@code NoSuchMethodError} (apache/incubator-kie-drools#6711, fixed after 10.2.0). So a pack
 * that has such a constraint is interpreted; every other pack is jitted.
 */
final class ConstraintJitting {

    private ConstraintJitting() {
    }

    /** True when no constraint of these packages takes the broken path of Drools 10.2's jitter. */
    static boolean safeFor(Collection<? extends KiePackage> packages) {
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && !safe(impl.getLhs())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean safe(RuleConditionElement element) {
        if (element instanceof Pattern pattern && !pattern.getConstraints().stream().allMatch(ConstraintJitting::safe)) {
            return false;
        }
        // not, exists, forall, accumulate, from…: the patterns inside them, and a pattern's source
        return element.getNestedElements().stream().allMatch(ConstraintJitting::safe);
    }

    private static boolean safe(Constraint constraint) {
        if (constraint instanceof MVELConstraint mvel) {
            return mvel.getOperators().length == 0;
        }
        if (constraint instanceof XpathConstraint xpath) {   // OOPath: each step has its own constraints
            return xpath.getChunks().stream().allMatch(chunk -> chunk.getAlphaConstraints().stream().allMatch(ConstraintJitting::safe)
                    && chunk.getBetaConstraints().stream().allMatch(ConstraintJitting::safe)
                    && chunk.getXpathConstraints().stream().allMatch(ConstraintJitting::safe));
        }
        return true;
    }
}
