package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.util.List;
import java.util.StringJoiner;

/**
 * JUnit XML, the report format every CI system shows (GitLab, Jenkins, GitHub test reporters), so a
 * failing set-up reads like failing tests.
 *
 * <p>The mapping:
 * <ul>
 *   <li>one {@code <testsuite>} per setup file, named after its source, plus one named
 *       {@code portfolio} when the portfolio rules found something;</li>
 *   <li>one {@code <testcase>} per finding (not per rule, so each failure carries its own line):
 *       {@code classname} is the rule id, so CI tools group by rule, and {@code name} is the subject
 *       and its path in the setup file; {@code file} and {@code line} point at the setup file;</li>
 *   <li>ERROR and WARNING findings are {@code <failure>}s (type = severity, message = title, text =
 *       message, recommendation, why, and {@code file:line:column}); whether they fail the build is
 *       still {@code --fail-on}'s decision, through the exit status;</li>
 *   <li>INFO findings and accepted (waived) findings pass, their texts in {@code <system-out>};</li>
 *   <li>each readable file opens with a passing {@code audit.eligibility} testcase giving the
 *       verdict (a NOT_ELIGIBLE verdict comes with the ERROR findings that caused it);</li>
 *   <li>an unreadable file is one {@code audit.input} testcase with an {@code <error>} listing its
 *       input errors; a rule that broke while running is an {@code <error>} testcase of that rule.</li>
 * </ul>
 * Test names stay language-neutral so CI history matches across {@code --lang}; texts follow it.
 */
public final class JunitRenderer implements Renderer {

    private static final String AUDIT = "audit";

    @Override
    public String render(AuditRun run, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        Counts total = run.reports().stream().map(Counts::of).reduce(Counts.portfolio(run.portfolio()), Counts::plus);
        XmlOut xml = new XmlOut().declaration();
        total.open(xml, "testsuites", "mssante-advisor");
        for (AuditReport r : run.reports()) {
            Counts.of(r).open(xml, "testsuite", r.source());
            if (r.readable()) {
                readable(r, t, xml);
            } else {
                unreadable(r, t, xml);
            }
            xml.close();
        }
        if (!run.portfolio().isEmpty()) {
            Counts.portfolio(run.portfolio()).open(xml, "testsuite", "portfolio");
            for (AuditRun.PortfolioFinding p : run.portfolio()) {
                finding(p.finding(), null, t.files() + String.join(", ", p.sources()), t, xml);
            }
            xml.close();
        }
        return xml.close().finish();
    }

    private void readable(AuditReport r, ReportLabels t, XmlOut xml) {
        String verdict = t.eligibility() + t.verdict(r.eligibility()) + "\n" + t.verdictExplained(r.eligibility())
                + "\n" + t.summary(r.summary());
        xml.open("testcase", "classname", AUDIT, "name", "eligibility", "file", r.source())
                .leaf("system-out", verdict).close();
        for (ReportedFinding f : r.findings()) {
            finding(f, r.source(), location(r.source(), f.line(), f.column()), t, xml);
        }
        for (RuleFailure failure : r.ruleFailures()) {
            xml.open("testcase", "classname", failure.ruleId(), "name", "rule-failure", "file", r.source())
                    .leaf("error", failure.file() + ":" + failure.line() + ": " + failure.message(),
                            "type", "RuleFailure", "message", failure.message())
                    .close();
        }
    }

    /** {@code where} is the line closing the texts: the position in the file, or the files concerned. */
    private void finding(ReportedFinding f, String source, String where, ReportLabels t, XmlOut xml) {
        String name = f.path() == null || f.path().isEmpty() ? f.subject() : f.subject() + " · " + f.path();
        xml.open("testcase", "classname", f.ruleId(), "name", name, "file", source,
                "line", source != null && f.line() > 0 ? String.valueOf(f.line()) : null);
        String details = f.message() + "\n→ " + f.recommendation() + "\n" + t.why() + f.reference() + "\n" + where;
        if (f.waived()) {
            String reason = f.waiverReason() == null ? "" : f.waiverReason();
            xml.leaf("system-out", t.accepted() + t.reason() + reason + "\n" + f.title() + "\n" + details);
        } else if (f.severity().atLeast(Severity.WARNING)) {
            xml.leaf("failure", details, "type", f.severity().name(), "message", f.title());
        } else {
            xml.leaf("system-out", f.title() + "\n" + details);
        }
        xml.close();
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

        static Counts of(AuditReport r) {
            if (!r.readable()) {
                return new Counts(1, 0, 1);
            }
            int failures = (int) r.findings().stream().filter(JunitRenderer::fails).count();
            int failed = r.ruleFailures().size();
            return new Counts(1 + r.findings().size() + failed, failures, failed);
        }

        static Counts portfolio(List<AuditRun.PortfolioFinding> portfolio) {
            int failures = (int) portfolio.stream().filter(p -> fails(p.finding())).count();
            return new Counts(portfolio.size(), failures, 0);
        }

        Counts plus(Counts other) {
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors);
        }

        void open(XmlOut xml, String element, String name) {
            xml.open(element, "name", name, "tests", String.valueOf(tests), "failures", String.valueOf(failures),
                    "errors", String.valueOf(errors), "skipped", "0");
        }
    }

    private static boolean fails(ReportedFinding f) {
        return !f.waived() && f.severity().atLeast(Severity.WARNING);
    }
}
