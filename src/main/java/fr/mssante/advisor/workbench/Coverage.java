package fr.mssante.advisor.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which rules the scenarios check both ways, as {@code rules test --require-coverage} demands. A
 * <b>firing</b> scenario of a rule names it under {@code expect} (or {@code waived}): the setup must make
 * it report. A <b>near miss</b> names it under {@code absent}: a setup just short of what makes the rule
 * report (a forwarding inside the trust space, a deadline a day further) must not make it report. A rule
 * without the first is not shown to work; without the second it may report everything.
 *
 * @param withoutFiring   rules no scenario expects, sorted
 * @param withoutNearMiss rules no scenario lists as absent, sorted
 */
public record Coverage(List<String> withoutFiring, List<String> withoutNearMiss) {

    public static Coverage of(Collection<String> ruleIds, List<Scenario> scenarios) {
        Set<String> firing = new TreeSet<>();
        Set<String> nearMiss = new TreeSet<>();
        for (Scenario s : scenarios) {
            Stream.concat(s.expect().stream(), s.waived().stream()).forEach(e -> firing.add(e.rule()));
            s.absent().forEach(e -> nearMiss.add(e.rule()));
        }
        return new Coverage(ruleIds.stream().filter(id -> !firing.contains(id)).sorted().toList(),
                ruleIds.stream().filter(id -> !nearMiss.contains(id)).sorted().toList());
    }

    public boolean complete() {
        return withoutFiring.isEmpty() && withoutNearMiss.isEmpty();
    }
}
