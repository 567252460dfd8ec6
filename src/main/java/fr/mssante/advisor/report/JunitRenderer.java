package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.BaselineState;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * JUnit XML, the report format every CI system shows (GitLab, Jenkins, GitHub test reporters), so a
 * failing set-up reads like failing tests.
 *
 * <p>The mapping:
 * <ul>
 *   <li>one {@code <testsuite>} per setup file, named after its source, plus one named
 *       {@code portfolio} when the portfolio rules found something;</li>
 *   <li>one {@code <testcase>} per rule and subject: {@code classname} is the rule id, so CI tools
 *       group by rule, and {@code name} is the subject ({@code structure}, a mailbox id…); when a rule
 *       finds several things about one subject, they are listed in the same testcase, each with its
 *       path and {@code file:line:column}; {@code file} and {@code line} point at the first one;</li>
 *   <li>a testcase fails ({@code <failure>}, type = severity, message = title) when one of its findings,
 *       not waived, is at or above {@code --fail-on} (ERROR by default; NEVER: nothing fails), so
 *       the CI's test view and the exit status agree;</li>
 *   <li>the other findings (below the threshold, accepted by a waiver, or, with {@code --baseline},
 *       already in the baseline) pass, their texts in {@code <system-out>};</li>
 *   <li>each readable file opens with a passing {@code audit.eligibility} testcase giving the
 *       verdict (a NOT_ELIGIBLE verdict comes with the ERROR findings that caused it);</li>
 *   <li>an unreadable file is one {@code audit.input} testcase with an {@code <error>} listing its
 *       input errors; a rule that broke while running is an {@code <error>} testcase of that rule.</li>
 * </ul>
 * Test names stay language-neutral so CI history matches across {@code --lang}; texts follow it.
 */
public final class JunitRenderer implements Renderer {

    private static final String AUDIT = "audit";

    /** Null: nothing fails ({@code --fail-on NEVER}). */
    private final Severity threshold;

    /** Failures for ERROR findings, the command line's default threshold. */
    public JunitRenderer() {
        this(Severity.ERROR);
    }

    /** @param threshold findings at or above it fail their testcase; null for none */
    public JunitRenderer(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public String render(AuditRun run, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        Counts total = run.reports().stream().map(this::counts).reduce(portfolioCounts(run.portfolio()), Counts::plus);
        XmlOut xml = new XmlOut().declaration();
        total.open(xml, "testsuites", "mssante-advisor");
        for (AuditReport r : run.reports()) {
            counts(r).open(xml, "testsuite", r.source());
            if (r.readable()) {
                readable(r, t, xml);
            } else {
                unreadable(r, t, xml);
            }
            xml.close();
        }
        if (!run.portfolio().isEmpty()) {
            portfolioCounts(run.portfolio()).open(xml, "testsuite", "portfolio");
            for (List<AuditRun.PortfolioFinding> group : byRuleAndSubject(run.portfolio().findings(),
                    AuditRun.PortfolioFinding::finding)) {
                testcase(group.stream().map(AuditRun.PortfolioFinding::finding).toList(), null,
                        group.stream().map(p -> t.files() + String.join(", ", p.sources())).toList(), t, xml);
            }
            ruleFailures(run.portfolio().ruleFailures(), "portfolio", xml);
            xml.close();
        }
        return xml.close().finish();
    }

    private void readable(AuditReport r, ReportLabels t, XmlOut xml) {
        String verdict = t.eligibility() + t.verdict(r.eligibility()) + "\n" + t.verdictExplained(r.eligibility())
                + "\n" + t.summary(r.summary());
        xml.open("testcase", "classname", AUDIT, "name", "eligibility", "file", r.source())
                .leaf("system-out", verdict).close();
        for (List<ReportedFinding> group : byRuleAndSubject(r.findings(), f -> f)) {
            testcase(group, r.source(), group.stream().map(f -> location(r.source(), f.line(), f.column())).toList(),
                    t, xml);
        }
        ruleFailures(r.ruleFailures(), r.source(), xml);
    }

    /** A rule that broke while running: an error test case (not a failure), as test runners tell them apart. */
    private static void ruleFailures(List<RuleFailure> failures, String file, XmlOut xml) {
        for (RuleFailure failure : failures) {
            xml.open("testcase", "classname", failure.ruleId(), "name", "rule-failure", "file", file)
                    .leaf("error", failure.file() + ":" + failure.line() + ": " + failure.message(),
                            "type", "RuleFailure", "message", failure.message())
                    .close();
        }
    }

    /**
     * The findings of one rule about one subject. {@code where} gives, for each, the line closing its
     * texts: its position in the file, or the files concerned.
     */
    private void testcase(List<ReportedFinding> findings, String source, List<String> where, ReportLabels t,
                          XmlOut xml) {
        ReportedFinding first = findings.get(0);
        xml.open("testcase", "classname", first.ruleId(), "name", first.subject(), "file", source,
                "line", source != null && first.line() > 0 ? String.valueOf(first.line()) : null);
        StringJoiner failing = new StringJoiner("\n\n");
        StringJoiner passing = new StringJoiner("\n\n");
        ReportedFinding worst = null;
        for (int i = 0; i < findings.size(); i++) {
            ReportedFinding f = findings.get(i);
            String path = f.path() == null || f.path().isEmpty() ? "" : "[" + f.path() + "] ";
            String details = path + f.message() + "\n→ " + f.recommendation() + "\n" + t.why() + f.reference()
                    + "\n" + where.get(i);
            if (fails(f)) {
                failing.add(details);
                if (worst == null || f.severity().ordinal() < worst.severity().ordinal()) {
                    worst = f;
                }
            } else if (f.waived()) {
                String reason = f.waiverReason() == null ? "" : f.waiverReason();
                String until = f.waiverUntil() == null ? "" : " · " + t.waivedUntil(f.waiverUntil());
                passing.add(t.accepted() + t.reason() + reason + until + "\n" + f.title() + "\n" + details);
            } else if (f.baselineState() == BaselineState.UNCHANGED) {
                passing.add(t.alreadyInBaseline() + f.title() + "\n" + details);
            } else {
                passing.add(f.title() + "\n" + details);
            }
        }
        if (worst != null) {
            xml.leaf("failure", failing.toString(), "type", worst.severity().name(), "message", worst.title());
        }
        if (passing.length() > 0) {
            xml.leaf("system-out", passing.toString());
        }
        xml.close();
    }

    /** Findings grouped by rule and subject, in the order each group first appears. */
    private static <T> List<List<T>> byRuleAndSubject(List<T> items, Function<T, ReportedFinding> finding) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            ReportedFinding f = finding.apply(item);
            groups.computeIfAbsent(f.ruleId() + "\u0000" + f.subject(), k -> new ArrayList<>()).add(item);
        }
        return new ArrayList<>(groups.values());
    }

    private void unreadable(AuditReport r, ReportLabels t, XmlOut xml) {
        StringJoiner errors = new StringJoiner("\n");
        for (ReportedError e : r.errors()) {
            String path = e.path().isEmpty() ? "" : "[" + e.path() + "] ";
            errors.add(location(r.source(), e.line(), e.column()) + ": " + path + e.message());
        }
        xml.open("testcase", "classname", AUDIT, "name", "input", "file", r.source())
                .leaf("error", errors.toString(), "type", "InputError", "message", t.unreadable(r.source(), r.errors().size()))
                .close();
    }

    /** {@code file:line:column}, the form editors and CI logs turn into links; the file alone if unknown. */
    private static String location(String source, int line, int column) {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }

    /** The counts a testsuite carries in its attributes, which CI tools show without reading the cases. */
    private record Counts(int tests, int failures, int errors) {

        Counts plus(Counts other) {
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors);
        }

        void open(XmlOut xml, String element, String name) {
            xml.open(element, "name", name, "tests", String.valueOf(tests), "failures", String.valueOf(failures),
                    "errors", String.valueOf(errors), "skipped", "0");
        }
    }

    private Counts counts(AuditReport r) {
        if (!r.readable()) {
            return new Counts(1, 0, 1);
        }
        List<List<ReportedFinding>> groups = byRuleAndSubject(r.findings(), f -> f);
        int failures = (int) groups.stream().filter(g -> g.stream().anyMatch(this::fails)).count();
        int failed = r.ruleFailures().size();
        return new Counts(1 + groups.size() + failed, failures, failed);
    }

    private Counts portfolioCounts(Portfolio portfolio) {
        List<List<AuditRun.PortfolioFinding>> groups = byRuleAndSubject(portfolio.findings(),
                AuditRun.PortfolioFinding::finding);
        int failures = (int) groups.stream().filter(g -> g.stream().anyMatch(p -> fails(p.finding()))).count();
        int failed = portfolio.ruleFailures().size();
        return new Counts(groups.size() + failed, failures, failed);
    }

    private boolean fails(ReportedFinding f) {
        return threshold != null && !f.waived() && f.baselineState() != BaselineState.UNCHANGED
                && f.severity().atLeast(threshold);
    }
}
