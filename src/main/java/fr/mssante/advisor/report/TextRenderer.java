package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.util.List;

/**
 * The report a structure's director reads: the verdict first, a short action plan, then the findings
 * grouped by severity with why and how to fix, and accepted findings last. The wording is shared with
 * the other reading formats ({@link ReportLabels}, {@link ReportSections}).
 */
public final class TextRenderer implements ReportStream.Streamable {

    private static final String RULE = "─".repeat(72);

    private final boolean showWaived;

    /** Accepted findings listed with their reason. */
    public TextRenderer() {
        this(true);
    }

    /** @param showWaived false to leave accepted findings out, saying only how many there are */
    public TextRenderer(boolean showWaived) {
        this.showWaived = showWaived;
    }

    @Override
    public String render(AuditRun run, Lang lang) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            ReportStream stream = open(out, lang);
            for (AuditReport report : run.reports()) {
                stream.report(report);
            }
            stream.end(run.portfolio(), RunTotals.of(run));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reports one after the other, then the portfolio and, for several files, the overall line. */
    @Override
    public ReportStream open(java.io.Writer out, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        return new ReportStream() {
            private boolean first = true;
            /** One line per structure for the closing summary: a few dozen bytes each, not the reports. */
            private final List<String> lines = new java.util.ArrayList<>();

            @Override
            public void report(AuditReport report) throws java.io.IOException {
                StringBuilder text = new StringBuilder();
                if (!first) {
                    text.append('\n');
                }
                first = false;
                lines.add(t.structureLine(report));
                if (report.readable()) {
                    readable(report, t, text);
                } else {
                    unreadable(report, t, text);
                }
                out.write(text.toString());
            }

            @Override
            public void end(Portfolio portfolio, RunTotals totals) throws java.io.IOException {
                StringBuilder text = new StringBuilder();
                if (!portfolio.isEmpty()) {
                    text.append('\n').append(RULE).append('\n').append(t.portfolio()).append('\n');
                    ruleFailures(portfolio.ruleFailures(), t, text);
                    for (AuditRun.PortfolioFinding p : portfolio.findings()) {
                        finding(p.finding(), t, text);
                        text.append("    ").append(t.files()).append(String.join(", ", p.sources())).append('\n');
                    }
                    if (portfolio.fixed() != null) {
                        fixed(portfolio.fixed().stream().map(AuditRun.PortfolioFinding::finding).toList(), t, text);
                    }
                }
                if (totals.files() > 1) {
                    text.append('\n').append(RULE).append('\n').append(t.perStructure()).append('\n');
                    lines.forEach(line -> text.append("  ").append(line).append('\n'));
                    text.append('\n').append(t.overall(totals)).append('\n');
                    if (totals.baselined()) {
                        text.append(t.baselineOverall(totals)).append('\n');
                    }
                }
                out.write(text.toString());
                out.flush();
            }
        };
    }

    private void readable(AuditReport r, ReportLabels t, StringBuilder out) {
        out.append(RULE).append('\n').append(t.structure(r)).append('\n').append(t.fileAndDate(r)).append('\n')
                .append(RULE).append("\n\n");
        out.append(t.eligibility()).append(t.verdict(r.eligibility())).append('\n');
        out.append("  ").append(t.verdictExplained(r.eligibility())).append("\n\n");
        out.append(t.summary(r.summary())).append('\n');
        if (r.baselined()) {
            out.append(t.baselineSummary(r.summary())).append('\n');
        }
        ruleFailures(r.ruleFailures(), t, out);
        ReportSections sections = ReportSections.of(r);
        if (sections.open().isEmpty()) {
            out.append('\n').append(t.nothingToDo()).append('\n');
        } else {
            plan(sections, t, out);
            for (Severity s : Severity.values()) {
                List<ReportedFinding> group = sections.group(s);
                if (!group.isEmpty()) {
                    out.append('\n').append(t.heading(s, group.size())).append('\n');
                    group.forEach(f -> finding(f, t, out));
                }
            }
        }
        if (r.baselined()) {
            fixed(r.fixed(), t, out);
        }
        if (!sections.waived().isEmpty() && !showWaived) {
            out.append('\n').append(t.waivedHidden(sections.waived().size())).append('\n');
        } else if (!sections.waived().isEmpty()) {
            out.append('\n').append(t.waivedHeading(sections.waived().size())).append('\n');
            for (ReportedFinding f : sections.waived()) {
                out.append("  ~ ").append(f.ruleId()).append(" · ").append(f.subject()).append(" — ")
                        .append(f.title()).append('\n');
                out.append("    ").append(t.reason()).append(f.waiverReason() == null ? "" : f.waiverReason())
                        .append('\n');
                if (f.waiverUntil() != null) {
                    out.append("    ").append(t.waivedUntil(f.waiverUntil())).append('\n');
                }
            }
        }
    }

    private void plan(ReportSections sections, ReportLabels t, StringBuilder out) {
        if (sections.plan().isEmpty()) {
            return;
        }
        out.append('\n').append(t.plan()).append('\n');
        for (int i = 0; i < sections.plan().size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(sections.plan().get(i)).append('\n');
        }
        if (sections.planMore() > 0) {
            out.append("  ").append(t.andMore(sections.planMore())).append('\n');
        }
    }

    /** The baseline's findings no longer found, one line each. */
    private void fixed(List<ReportedFinding> fixed, ReportLabels t, StringBuilder out) {
        if (fixed.isEmpty()) {
            return;
        }
        out.append('\n').append(t.fixedHeading(fixed.size())).append('\n');
        for (ReportedFinding f : fixed) {
            out.append("  ").append(t.fixedMark()).append(' ').append(f.ruleId()).append(" · ").append(f.subject())
                    .append(" — ").append(f.title()).append(t.wasAt(f.line())).append('\n');
        }
    }

    private void finding(ReportedFinding f, ReportLabels t, StringBuilder out) {
        out.append("  ").append(t.mark(f.severity())).append(' ');
        if (f.isNew()) {
            out.append(t.newMark()).append(' ');
        }
        out.append(f.ruleId()).append(" · ").append(f.subject())
                .append(" · ").append(t.at(f.line(), f.column()));
        if (f.path() != null && !f.path().isEmpty()) {
            out.append(" (").append(f.path()).append(')');
        }
        out.append('\n');
        indented(f.title(), out);
        indented(f.message(), out);
        indented("→ " + f.recommendation(), out);
        indented(t.why() + f.reference(), out);
    }

    private void ruleFailures(List<RuleFailure> failures, ReportLabels t, StringBuilder out) {
        if (failures.isEmpty()) {
            return;
        }
        out.append('\n').append(t.ruleFailures(failures.size())).append('\n');
        for (RuleFailure f : failures) {
            out.append("  ! ").append(f.ruleId()).append(" (").append(f.file()).append(':').append(f.line())
                    .append(") : ").append(f.message()).append('\n');
        }
    }

    private void unreadable(AuditReport r, ReportLabels t, StringBuilder out) {
        out.append(RULE).append('\n').append(t.unreadable(r.source(), r.errors().size())).append('\n')
                .append(RULE).append('\n');
        for (ReportedError e : r.errors()) {
            StringBuilder line = new StringBuilder(r.source());
            if (e.line() > 0) {
                line.append(':').append(e.line()).append(':').append(e.column());
            }
            line.append(": ");
            if (!e.path().isEmpty()) {
                line.append('[').append(e.path()).append("] ");
            }
            out.append("  ").append(line).append(e.message().replace("\n", "\n    ")).append('\n');
        }
    }

    /** Four spaces before every line of a text, so a multi-line message stays under its finding. */
    private static void indented(String text, StringBuilder out) {
        out.append("    ").append(text.replace("\n", "\n    ")).append('\n');
    }
}
