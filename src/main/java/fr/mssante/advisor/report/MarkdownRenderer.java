package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.report.ReportLabels.Column;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text report in GitHub-flavoured Markdown, for merge requests, CI job summaries and wikis: a
 * heading per file, the verdict first, the action plan, one block per finding grouped by severity,
 * then tables for the accepted findings, failed rules and input errors.
 *
 * <p>Everything that comes from a setup file or the rule texts is escaped, so a {@code <script>} or
 * a {@code *} in a mailbox name shows as typed instead of becoming markup.
 */
public final class MarkdownRenderer implements Renderer {

    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start markup
    // in the middle of a line (and | which ends a table cell).
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    // What would open a heading, a list or a setext underline when a text starts a line or list item:
    // the punctuation of "- ", "+ ", "# ", "=", "1. ", "1) ".
    private static final Pattern BLOCK_START = Pattern.compile("^\\d*[-+#=.)]");

    @Override
    public String render(AuditRun run, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        StringBuilder out = new StringBuilder("# ").append(t.reportTitle()).append('\n');
        for (AuditReport report : run.reports()) {
            if (report.readable()) {
                readable(report, t, out);
            } else {
                unreadable(report, t, out);
            }
        }
        if (!run.portfolio().isEmpty()) {
            out.append("\n## ").append(t.portfolio()).append('\n');
            ruleFailures(run.portfolio().ruleFailures(), t, out);
            for (AuditRun.PortfolioFinding p : run.portfolio().findings()) {
                finding(p.finding(), "###", t, out);
                out.append("- ").append(t.files()).append(text(String.join(", ", p.sources()))).append('\n');
            }
            if (run.portfolio().fixed() != null) {
                fixed(run.portfolio().fixed().stream().map(AuditRun.PortfolioFinding::finding).toList(), t, out);
            }
        }
        if (run.reports().size() > 1) {
            out.append("\n---\n\n").append(text(t.overall(run))).append('\n');
            RunTotals totals = RunTotals.of(run);
            if (totals.baselined()) {
                out.append('\n').append(text(t.baselineOverall(totals))).append('\n');
            }
        }
        return out.toString();
    }

    private void readable(AuditReport r, ReportLabels t, StringBuilder out) {
        out.append("\n## ").append(text(t.structure(r))).append("\n\n");
        out.append(text(t.fileAndDate(r))).append("\n\n");
        out.append("**").append(t.eligibility()).append(t.verdict(r.eligibility())).append("**\n\n")
                .append(t.verdictExplained(r.eligibility())).append("\n\n");
        out.append(t.summary(r.summary())).append('\n');
        if (r.baselined()) {
            out.append('\n').append(t.baselineSummary(r.summary())).append('\n');
        }
        ruleFailures(r.ruleFailures(), t, out);
        ReportSections s = ReportSections.of(r);
        if (s.open().isEmpty()) {
            out.append('\n').append(t.nothingToDo()).append('\n');
        }
        if (!s.plan().isEmpty()) {
            out.append("\n### ").append(t.plan()).append("\n\n");
            for (int i = 0; i < s.plan().size(); i++) {
                out.append(i + 1).append(". ").append(text(s.plan().get(i))).append('\n');
            }
            if (s.planMore() > 0) {
                out.append('\n').append(t.andMore(s.planMore())).append('\n');
            }
        }
        for (Severity severity : Severity.values()) {
            List<ReportedFinding> group = s.group(severity);
            if (!group.isEmpty()) {
                out.append("\n### ").append(t.heading(severity, group.size())).append('\n');
                group.forEach(f -> finding(f, "####", t, out));
            }
        }
        if (r.baselined()) {
            fixed(r.fixed(), t, out);
        }
        if (!s.waived().isEmpty()) {
            out.append("\n### ").append(t.waivedHeading(s.waived().size())).append("\n\n");
            header(out, t.column(Column.RULE), t.column(Column.SUBJECT), t.column(Column.FINDING),
                    t.column(Column.REASON), t.column(Column.UNTIL));
            for (ReportedFinding f : s.waived()) {
                row(out, f.ruleId(), f.subject(), f.title(), f.waiverReason(), t.date(f.waiverUntil()));
            }
        }
    }

    /**
     * A finding as a small section: what and where in the heading, then the message, the fix and why.
     * {@code heading} is one level below the section it is in, as Markdown outlines expect.
     */
    private void finding(ReportedFinding f, String heading, ReportLabels t, StringBuilder out) {
        out.append('\n').append(heading).append(' ').append(t.mark(f.severity())).append(' ')
                .append(f.isNew() ? "**" + text(t.newMark()) + "** " : "").append(text(f.ruleId())).append(" · ")
                .append(text(f.subject())).append(" — ").append(text(f.title())).append("\n\n");
        out.append("- ").append(t.at(f.line(), f.column()));
        if (f.path() != null && !f.path().isEmpty()) {
            out.append(" · ").append(code(f.path()));
        }
        out.append('\n');
        out.append("- ").append(text(f.message())).append('\n');
        out.append("- → ").append(text(f.recommendation())).append('\n');
        out.append("- **").append(t.why().strip()).append("** ").append(text(f.reference())).append('\n');
    }

    /** The baseline's findings no longer found, as a table. */
    private void fixed(List<ReportedFinding> fixed, ReportLabels t, StringBuilder out) {
        if (fixed.isEmpty()) {
            return;
        }
        out.append("\n### ").append(t.fixedMark()).append(' ').append(t.fixedHeading(fixed.size())).append("\n\n");
        header(out, t.column(Column.RULE), t.column(Column.SUBJECT), t.column(Column.FINDING));
        for (ReportedFinding f : fixed) {
            row(out, f.ruleId(), f.subject(), f.title() + t.wasAt(f.line()));
        }
    }

    private void ruleFailures(List<RuleFailure> failures, ReportLabels t, StringBuilder out) {
        if (failures.isEmpty()) {
            return;
        }
        out.append("\n### ").append(t.ruleFailures(failures.size())).append("\n\n");
        header(out, t.column(Column.RULE), t.column(Column.WHERE), t.column(Column.ERROR));
        for (RuleFailure f : failures) {
            row(out, f.ruleId(), f.file() + ":" + f.line(), f.message());
        }
    }

    private void unreadable(AuditReport r, ReportLabels t, StringBuilder out) {
        out.append("\n## ").append(text(t.unreadable(r.source(), r.errors().size()))).append("\n\n");
        header(out, t.column(Column.POSITION), t.column(Column.PATH), t.column(Column.ERROR));
        for (ReportedError e : r.errors()) {
            row(out, t.at(e.line(), e.column()), e.path(), e.message());
        }
    }

    private static void header(StringBuilder out, String... titles) {
        row(out, titles);
        out.append("|---".repeat(titles.length)).append("|\n");
    }

    private static void row(StringBuilder out, String... cells) {
        for (String cell : cells) {
            out.append("| ").append(text(cell)).append(' ');
        }
        out.append("|\n");
    }

    /**
     * Text from the model made inert: markup characters escaped, line breaks kept as {@code <br>} so
     * a multi-line parser message neither ends a table row nor a list item.
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String escaped = SPECIAL.matcher(s).replaceAll("\\\\$1");
        Matcher start = BLOCK_START.matcher(escaped);
        if (start.lookingAt()) {
            int punctuation = start.end() - 1;
            escaped = escaped.substring(0, punctuation) + '\\' + escaped.substring(punctuation);
        }
        return LINE_BREAK.matcher(escaped).replaceAll("<br>");
    }

    /** A code span long enough not to be closed by backticks inside it. */
    static String code(String s) {
        String flat = LINE_BREAK.matcher(s).replaceAll(" ");
        String fence = flat.contains("`") ? "``" : "`";
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}
