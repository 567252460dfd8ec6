package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.report.ReportLabels.Column;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report's content as one self-contained HTML5 page, to mail to a director or attach to
 * a ticket: inline CSS, no script, nothing fetched from elsewhere. It is written through
 * {@link XmlOut}, so every text is escaped by the XML writer and the page is also well-formed XML.
 */
public final class HtmlRenderer implements Renderer {

    // Kept free of '<', '>' and '&': the XML writer would escape them, and a style element is raw text.
    private static final String CSS = """
            body { font: 15px/1.45 system-ui, sans-serif; color: #1d2939; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h2 { border-bottom: 2px solid #d0d5dd; padding-bottom: .3rem; margin-top: 2.5rem; }
            code { background: #f2f4f7; padding: 0 .25rem; border-radius: 3px; }
            .meta, .where { color: #475467; }
            .verdict { padding: .6rem .9rem; border-radius: 6px; border-left: 6px solid; }
            .verdict p { margin: .3rem 0 0; }
            .eligible { background: #ecfdf3; border-color: #12b76a; }
            .eligible_pending_registration { background: #fffaeb; border-color: #f79009; }
            .not_eligible { background: #fef3f2; border-color: #f04438; }
            .finding { border-left: 5px solid; padding: .1rem .9rem; margin: 1rem 0; background: #fcfcfd; }
            .finding h3, .finding h4 { margin: .6rem 0 .3rem; font-size: 1rem; }
            .finding p { margin: .3rem 0; }
            .error { border-color: #d92d20; } h3.error, .error .mark { color: #b42318; }
            .warning { border-color: #f79009; } h3.warning, .warning .mark { color: #b54708; }
            .info { border-color: #2e90fa; } h3.info, .info .mark { color: #175cd3; }
            .waived, .input { color: #475467; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #d0d5dd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f4f7; }
            td, .finding p { white-space: pre-line; }
            .new { background: #fef0c7; color: #93370d; border-radius: 3px; padding: 0 .3rem; font-size: .85em; }
            .fixed h3 { color: #067647; }
            a { color: #175cd3; }
            .print-only { display: none; }
            @media print {
              body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }
              h2 { margin-top: 1.2rem; }
              h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
              .finding, tr, .verdict { break-inside: avoid; page-break-inside: avoid; }
              .print-only { display: list-item; }
              .screen-only { display: none; }
              .finding { background: none; margin: .5rem 0; }
              a { color: inherit; text-decoration: none; }
            }
            @page { margin: 1.5cm; }
            """;

    @Override
    public String render(AuditRun run, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        XmlOut html = new XmlOut().doctype("<!DOCTYPE html>").open("html", "lang", lang.code());
        html.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .leaf("title", t.reportTitle()).leaf("style", "\n" + CSS).close();
        html.open("body").leaf("h1", t.reportTitle());
        if (run.reports().size() > 1) {
            overview(run, t, html);
        }
        for (int i = 0; i < run.reports().size(); i++) {
            AuditReport report = run.reports().get(i);
            if (report.readable()) {
                readable(report, anchor(i), t, html);
            } else {
                unreadable(report, anchor(i), t, html);
            }
        }
        if (!run.portfolio().isEmpty()) {
            html.open("section", "class", "portfolio").leaf("h2", t.portfolio());
            ruleFailures(run.portfolio().ruleFailures(), t, html);
            for (AuditRun.PortfolioFinding p : run.portfolio().findings()) {
                finding(p.finding(), "h3", String.join(", ", p.sources()), t, html);
            }
            if (run.portfolio().fixed() != null) {
                fixed(run.portfolio().fixed().stream().map(AuditRun.PortfolioFinding::finding).toList(), t, html);
            }
            html.close();
        }
        if (run.reports().size() > 1) {
            html.leaf("p", t.overall(run), "class", "overall");
            RunTotals totals = RunTotals.of(run);
            if (totals.baselined()) {
                html.leaf("p", t.baselineOverall(totals), "class", "overall baseline");
            }
        }
        return html.close().close().finish();
    }

    /** Several structures: one line each first, so a director sees at once where to start. */
    private void overview(AuditRun run, ReportLabels t, XmlOut html) {
        html.open("section", "class", "overview").leaf("h2", t.perStructureTitle());
        table(html, t.column(Column.STRUCTURE), t.column(Column.ELIGIBILITY), t.column(Column.ERRORS),
                t.column(Column.WARNINGS), t.column(Column.INFOS), t.column(Column.WAIVED));
        for (int i = 0; i < run.reports().size(); i++) {
            AuditReport r = run.reports().get(i);
            html.open("tr").open("td").inline("a", r.readable() ? r.structureName() + " (" + r.source() + ")" : r.source(),
                    "href", "#" + anchor(i)).close();
            if (r.readable()) {
                Map<String, Integer> s = r.summary();
                cells(html, t.verdict(r.eligibility()),
                        String.valueOf(s.get("ERROR")), String.valueOf(s.get("WARNING")), String.valueOf(s.get("INFO")),
                        String.valueOf(s.get("waived")));
            } else {
                cells(html, t.unreadableShort(r.errors().size()), "", "", "", "");
            }
            html.close();
        }
        html.close().close().close();
    }

    private void readable(AuditReport r, String id, ReportLabels t, XmlOut html) {
        html.open("section", "class", "report", "id", id).leaf("h2", t.structure(r)).leaf("p", t.fileAndDate(r), "class", "meta");
        html.open("div", "class", "verdict " + r.eligibility().name().toLowerCase(Locale.ROOT))
                .leaf("strong", t.eligibility() + t.verdict(r.eligibility()))
                .leaf("p", t.verdictExplained(r.eligibility())).close();
        html.leaf("p", t.summary(r.summary()), "class", "summary");
        if (r.baselined()) {
            html.leaf("p", t.baselineSummary(r.summary()), "class", "summary baseline");
        }
        ruleFailures(r.ruleFailures(), t, html);
        ReportSections s = ReportSections.of(r);
        if (s.open().isEmpty()) {
            html.leaf("p", t.nothingToDo());
        }
        if (!s.plan().isEmpty()) {
            // The screen shows the first points and a count; paper shows the whole plan.
            html.leaf("h3", t.plan()).open("ol", "class", "plan");
            for (int i = 0; i < s.fullPlan().size(); i++) {
                if (i < s.plan().size()) {
                    html.leaf("li", s.fullPlan().get(i));
                } else {
                    html.leaf("li", s.fullPlan().get(i), "class", "print-only");
                }
            }
            html.close();
            if (s.planMore() > 0) {
                html.leaf("p", t.andMore(s.planMore()), "class", "screen-only");
            }
        }
        for (Severity severity : Severity.values()) {
            List<ReportedFinding> group = s.group(severity);
            if (!group.isEmpty()) {
                html.leaf("h3", t.heading(severity, group.size()), "class", css(severity));
                group.forEach(f -> finding(f, "h4", null, t, html));
            }
        }
        if (r.baselined()) {
            fixed(r.fixed(), t, html);
        }
        if (!s.waived().isEmpty()) {
            html.leaf("h3", t.waivedHeading(s.waived().size()), "class", "waived");
            table(html, t.column(Column.RULE), t.column(Column.SUBJECT), t.column(Column.FINDING), t.column(Column.REASON),
                    t.column(Column.UNTIL));
            s.waived().forEach(f -> row(html, f.ruleId(), f.subject(), f.title(), f.waiverReason(),
                    t.date(f.waiverUntil())));
            html.close().close();
        }
        html.close();
    }

    /**
     * One finding under a heading one level below its section's; {@code files} lists the setup files
     * of a portfolio finding, else null.
     */
    private void finding(ReportedFinding f, String heading, String files, ReportLabels t, XmlOut html) {
        html.open("article", "class", "finding " + css(f.severity()));
        html.open(heading).inline("span", t.mark(f.severity()), "class", "mark").text(" ");
        if (f.isNew()) {
            html.inline("span", t.newMark(), "class", "new").text(" ");
        }
        html.inline("code", f.ruleId())
                .text(" · " + f.subject() + " — " + f.title()).close();
        html.open("p", "class", "where").text(t.at(f.line(), f.column()));
        if (f.path() != null && !f.path().isEmpty()) {
            html.text(" · ").inline("code", f.path());
        }
        html.close().leaf("p", f.message()).leaf("p", "→ " + f.recommendation(), "class", "fix");
        html.open("p", "class", "why").inline("strong", t.why().strip()).text(" " + f.reference()).close();
        if (files != null) {
            html.leaf("p", t.files() + files, "class", "where");
        }
        html.close();
    }

    /** The baseline's findings no longer found, as a table. */
    private void fixed(List<ReportedFinding> fixed, ReportLabels t, XmlOut html) {
        if (fixed.isEmpty()) {
            return;
        }
        html.open("div", "class", "fixed").leaf("h3", t.fixedMark() + " " + t.fixedHeading(fixed.size()));
        table(html, t.column(Column.RULE), t.column(Column.SUBJECT), t.column(Column.FINDING));
        fixed.forEach(f -> row(html, f.ruleId(), f.subject(), f.title() + t.wasAt(f.line())));
        html.close().close().close();
    }

    private void ruleFailures(List<RuleFailure> failures, ReportLabels t, XmlOut html) {
        if (failures.isEmpty()) {
            return;
        }
        html.leaf("h3", t.ruleFailures(failures.size()), "class", "error");
        table(html, t.column(Column.RULE), t.column(Column.WHERE), t.column(Column.ERROR));
        failures.forEach(f -> row(html, f.ruleId(), f.file() + ":" + f.line(), f.message()));
        html.close().close();
    }

    private void unreadable(AuditReport r, String id, ReportLabels t, XmlOut html) {
        html.open("section", "class", "report input", "id", id).leaf("h2", t.unreadable(r.source(), r.errors().size()));
        table(html, t.column(Column.POSITION), t.column(Column.PATH), t.column(Column.ERROR));
        r.errors().forEach(e -> row(html, t.at(e.line(), e.column()), e.path(), e.message()));
        html.close().close().close();
    }

    /** Opens a table and its body after writing the header row; the caller closes both. */
    private static void table(XmlOut html, String... titles) {
        html.open("table").open("thead").open("tr");
        for (String title : titles) {
            html.leaf("th", title);
        }
        html.close().close().open("tbody");
    }

    private static void row(XmlOut html, String... cells) {
        html.open("tr");
        cells(html, cells);
        html.close();
    }

    private static void cells(XmlOut html, String... cells) {
        for (String cell : cells) {
            html.leaf("td", cell);
        }
    }

    /** The id of the i-th structure's section, which the overview links to. */
    private static String anchor(int i) {
        return "structure-" + (i + 1);
    }

    private static String css(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
