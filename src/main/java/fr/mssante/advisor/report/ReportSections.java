package fr.mssante.advisor.report;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of a report every reading format shows in the same order (as the text report does): the
 * open findings by severity, the short action plan, the accepted findings. Computed here once so the
 * Markdown and HTML reports cannot disagree on what goes into the plan.
 */
record ReportSections(List<ReportedFinding> open, List<ReportedFinding> waived, List<String> fullPlan) {

    /** The text report's limit: a director reads five things to do, the rest is below. */
    static final int PLAN_ITEMS = 5;

    static ReportSections of(AuditReport r) {
        List<ReportedFinding> open = r.findings().stream().filter(f -> !f.waived()).toList();
        List<ReportedFinding> waived = r.findings().stream().filter(ReportedFinding::waived).toList();
        // One plan line per rule (most serious first, as the findings come sorted), naming its subjects.
        Map<String, List<ReportedFinding>> byRule = open.stream().filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(ReportedFinding::ruleId, LinkedHashMap::new, Collectors.toList()));
        List<String> plan = byRule.values().stream()
                .map(same -> same.get(0).title() + " (" + same.stream().map(ReportedFinding::subject).distinct()
                        .collect(Collectors.joining(", ")) + ")")
                .toList();
        return new ReportSections(open, waived, plan);
    }

    /** The plan as a screen shows it: its first {@link #PLAN_ITEMS} points (paper takes {@link #fullPlan}). */
    List<String> plan() {
        return fullPlan.subList(0, Math.min(PLAN_ITEMS, fullPlan.size()));
    }

    /** The points of the plan past the first ones, told as a count on screen. */
    int planMore() {
        return fullPlan.size() - plan().size();
    }

    /** The open findings of one severity, in report order. */
    List<ReportedFinding> group(Severity s) {
        return open.stream().filter(f -> f.severity() == s).toList();
    }
}
