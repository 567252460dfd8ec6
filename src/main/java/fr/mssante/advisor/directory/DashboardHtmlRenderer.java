package fr.mssante.advisor.directory;

import static fr.mssante.advisor.report.HtmlText.escape;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard as one self-contained page (inline CSS and script, nothing fetched): the rates per
 * department and category as bars, then one section per department whose table puts first, in red,
 * the establishments without an organisational mailbox. Columns sort on a click; a check box, a
 * category list and a search box filter the establishments. Every value from the files is escaped.
 */
final class DashboardHtmlRenderer implements DashboardRenderer {

    private static final String CSS = """
            body { font: 14px/1.4 system-ui, sans-serif; color: #1d2939; margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; }
            h1 { margin-bottom: .2rem; } .sub, .hint, .meta { color: #475467; }
            h2 { border-bottom: 2px solid #d0d5dd; padding-bottom: .3rem; margin-top: 2.2rem; }
            .summary { font-size: 1.1rem; background: #f2f4f7; padding: .6rem .9rem; border-radius: 6px; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { border: 1px solid #d0d5dd; padding: .25rem .45rem; text-align: left; vertical-align: top; }
            th { background: #f2f4f7; cursor: pointer; user-select: none; white-space: nowrap; }
            th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.rate { white-space: nowrap; }
            .bar { display: inline-block; width: 5rem; height: .8rem; background: #eaecf0; border-radius: 3px; vertical-align: middle; margin-right: .4rem; }
            .bar span { display: block; height: 100%; border-radius: 3px; background: #2e90fa; }
            .bar.org span { background: #12b76a; }
            .chart { display: grid; grid-template-columns: 14rem 1fr; gap: .3rem .6rem; align-items: center; max-width: 40rem; }
            .chart > span { white-space: nowrap; } .chart .bar { width: 20rem; height: 1.1rem; }
            tr.no-org td { background: #fef3f2; } tr.no-org td.org { color: #b42318; font-weight: 600; } td.org { white-space: nowrap; }
            .tag { display: inline-block; border-radius: 3px; padding: 0 .3rem; margin: 0 .2rem .1rem 0; font-size: .8rem; }
            .ERROR { background: #fee4e2; color: #912018; } .WARNING { background: #fef0c7; color: #93370d; }
            .INFO { background: #d1e9ff; color: #194185; }
            .controls { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #d0d5dd; z-index: 1; }
            .controls label, .controls select, .controls input { margin-right: 1rem; }
            .missing { color: #b42318; }
            """;

    private static final String SCRIPT = """
            (function () {
              function value(row, i) {
                var c = row.cells[i];
                return c.hasAttribute('data-v') ? c.getAttribute('data-v') : c.textContent.trim();
              }
              document.querySelectorAll('table.sortable th').forEach(function (th) {
                th.addEventListener('click', function () {
                  var body = th.closest('table').tBodies[0];
                  var i = Array.prototype.indexOf.call(th.parentNode.children, th);
                  var asc = th.getAttribute('aria-sort') !== 'ascending';
                  th.parentNode.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = value(a, i), y = value(b, i), nx = Number(x), ny = Number(y);
                    var c = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'fr');
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
              var noOrg = document.getElementById('noorg'), cat = document.getElementById('cat'), q = document.getElementById('q');
              function filter() {
                var text = q.value.trim().toLowerCase();
                document.querySelectorAll('tr[data-cat]').forEach(function (r) {
                  r.hidden = (noOrg.checked && !r.classList.contains('no-org'))
                    || (cat.value !== '' && r.getAttribute('data-cat') !== cat.value)
                    || (text !== '' && r.getAttribute('data-q').indexOf(text) < 0);
                });
              }
              if (noOrg) {
                [noOrg, cat, q].forEach(function (e) { e.addEventListener('input', filter); e.addEventListener('change', filter); });
              }
            })();
            """;

    @Override
    public String render(Dashboard d, Lang lang) {
        DashboardLabels t = new DashboardLabels(lang);
        StringBuilder h = new StringBuilder(4096 + d.structures().size() * 400);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(t.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(t.title())).append("</h1>\n<p class=\"sub\">").append(escape(t.subtitle()))
                .append("</p>\n");
        if (d.structures().isEmpty()) {
            h.append("<p class=\"summary\">").append(escape(t.noEstablishment())).append("</p>\n");
        } else {
            h.append("<p class=\"summary\">").append(escape(t.summary(d.total()))).append("</p>\n");
            areas(h, t, t.byDepartment(), t.department(), d.departments(), true);
            establishments(h, t, d);
            areas(h, t, t.byCategory(), t.category(), bySize(d.categories()), false);
        }
        rules(h, t, d);
        h.append("<h2>").append(escape(t.inputs())).append("</h2>\n<ul class=\"meta\">\n");
        for (String line : DashboardTextRenderer.inputLines(t, d)) {
            h.append("<li>").append(escape(line)).append("</li>\n");
        }
        h.append("</ul>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Largest first: the category most establishments belong to (EHPAD, nationally) leads. */
    private static List<Dashboard.Area> bySize(List<Dashboard.Area> areas) {
        return areas.stream().sorted(Comparator.comparingInt(Dashboard.Area::structures).reversed()
                .thenComparing(Dashboard.Area::code)).toList();
    }

    private static void areas(StringBuilder h, DashboardLabels t, String title, String key, List<Dashboard.Area> areas,
                              boolean departments) {
        h.append("<h2>").append(escape(title)).append("</h2>\n<p class=\"hint\">").append(escape(t.sortHint()))
                .append("</p>\n<table class=\"sortable\">\n<thead><tr>");
        for (String c : List.of(key, t.establishments(), t.equipped(), t.equipmentRate(), t.withOrg(), t.orgRate(),
                t.withoutOrg(), t.mailboxes(), t.findings())) {
            h.append("<th>").append(escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Dashboard.Area a : areas) {
            h.append("<tr><td data-v=\"").append(escape(a.code())).append("\">");
            if (departments) {
                h.append("<a href=\"#dep-").append(escape(a.code())).append("\">").append(escape(a.code())).append("</a>");
            } else {
                h.append(escape(a.code()));
            }
            if (a.label() != null && !a.label().isBlank()) {
                h.append(" — ").append(escape(a.label()));
            }
            h.append("</td>");
            number(h, a.structures());
            number(h, a.equipped());
            rate(h, t, a.equipmentRate(), "");
            number(h, a.withOrg());
            rate(h, t, a.orgRate(), " org");
            h.append("<td class=\"n").append(a.structures() > a.withOrg() ? " missing" : "").append("\">")
                    .append(a.structures() - a.withOrg()).append("</td>");
            number(h, a.mailboxes());
            number(h, a.withFindings());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void establishments(StringBuilder h, DashboardLabels t, Dashboard d) {
        h.append("<h2>").append(escape(t.establishments())).append("</h2>\n<div class=\"controls\">")
                .append("<label><input type=\"checkbox\" id=\"noorg\"> ").append(escape(t.onlyWithoutOrg()))
                .append("</label><select id=\"cat\" aria-label=\"").append(escape(t.category())).append("\">")
                .append("<option value=\"\">").append(escape(t.allCategories())).append("</option>");
        for (Dashboard.Area c : d.categories()) {
            h.append("<option value=\"").append(escape(c.code())).append("\">").append(escape(c.code()))
                    .append(" — ").append(escape(c.label())).append("</option>");
        }
        h.append("</select><input type=\"search\" id=\"q\" placeholder=\"").append(escape(t.search()))
                .append("\"></div>\n");
        Map<String, List<Dashboard.StructureRow>> byDepartment = new LinkedHashMap<>();
        d.structures().forEach(s -> byDepartment.computeIfAbsent(s.department(), k -> new ArrayList<>()).add(s));
        Map<String, Dashboard.Area> areas = d.departments().stream()
                .collect(Collectors.toMap(Dashboard.Area::code, a -> a));
        Map<String, Integer> rank = new java.util.HashMap<>();
        bySize(d.categories()).forEach(c -> rank.put(c.code(), rank.size()));
        byDepartment.forEach((code, rows) -> department(h, t, areas.get(code), rows, rank));
    }

    private static void department(StringBuilder h, DashboardLabels t, Dashboard.Area area,
                                   List<Dashboard.StructureRow> rows, Map<String, Integer> rank) {
        h.append("<section id=\"dep-").append(escape(area.code())).append("\">\n<h3>").append(escape(t.department()))
                .append(' ').append(escape(area.code()));
        if (area.label() != null && !area.label().isBlank()) {
            h.append(" — ").append(escape(area.label()));
        }
        h.append("</h3>\n<div class=\"chart\">");
        h.append("<span>").append(escape(t.equipmentRate())).append("</span><span>");
        bar(h, area.equipmentRate(), "");
        h.append(escape(t.percent(area.equipmentRate()))).append(" (").append(area.equipped()).append(" / ")
                .append(area.structures()).append(")</span>");
        h.append("<span>").append(escape(t.orgRate())).append("</span><span>");
        bar(h, area.orgRate(), " org");
        h.append(escape(t.percent(area.orgRate()))).append(" (").append(area.withOrg()).append(" / ")
                .append(area.structures()).append(")</span></div>\n");
        List<Dashboard.StructureRow> missing = rows.stream().filter(s -> s.mailboxes("ORG") == 0).toList();
        if (!missing.isEmpty()) {
            Map<String, Long> perCategory = new LinkedHashMap<>();
            missing.forEach(s -> perCategory.merge(s.categoryLabel(), 1L, Long::sum));
            h.append("<p class=\"missing\"><strong>").append(escape(t.withoutOrgTitle())).append(t.colon())
                    .append(missing.size()).append("</strong> — ")
                    .append(escape(perCategory.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))))
                    .append("</p>\n");
        }
        h.append("<table class=\"sortable\">\n<thead><tr>");
        for (String c : List.of("FINESS", t.name(), t.category(), "PER", "ORG", "APP", t.findings())) {
            h.append("<th>").append(escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        // Those without an ORG mailbox first, the largest category (EHPAD) first among them.
        List<Dashboard.StructureRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((Dashboard.StructureRow s) -> s.mailboxes("ORG") > 0)
                .thenComparingInt(s -> rank.getOrDefault(s.category(), Integer.MAX_VALUE))
                .thenComparing(Dashboard.StructureRow::name));
        for (Dashboard.StructureRow s : ordered) {
            boolean noOrg = s.mailboxes("ORG") == 0;
            h.append("<tr").append(noOrg ? " class=\"no-org\"" : "").append(" data-cat=\"").append(escape(s.category()))
                    .append("\" data-q=\"").append(escape((s.name() + " " + s.finess()).toLowerCase(Locale.ROOT)))
                    .append("\"><td>").append(escape(s.finess())).append("</td><td>").append(escape(s.name()))
                    .append("</td><td data-v=\"").append(escape(s.categoryLabel())).append("\">")
                    .append(escape(s.categoryLabel())).append("</td>");
            number(h, s.mailboxes("PER"));
            h.append("<td class=\"n org\"").append(noOrg ? " title=\"" + escape(t.noOrg()) + "\"" : "").append(" data-v=\"").append(s.mailboxes("ORG")).append("\">")
                    .append(noOrg ? "0 — " + escape(t.none()) : String.valueOf(s.mailboxes("ORG"))).append("</td>");
            number(h, s.mailboxes("APP"));
            h.append("<td data-v=\"").append(s.findings().size()).append("\">");
            for (ReportedFinding f : s.findings()) {
                h.append("<span class=\"tag ").append(f.severity().name()).append("\" title=\"")
                        .append(escape(t.severity(f.severity()) + " · " + f.title() + " — " + f.message())).append("\">").append(escape(f.ruleId()))
                        .append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void rules(StringBuilder h, DashboardLabels t, Dashboard d) {
        h.append("<h2>").append(escape(t.rulesApplied())).append("</h2>\n<table class=\"sortable\">\n<thead><tr>");
        for (String c : List.of(t.rule(), t.severityHeader(), t.name(), t.findings())) {
            h.append("<th>").append(escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Dashboard.AppliedRule r : d.rulesApplied()) {
            h.append("<tr><td>").append(escape(r.id())).append("</td><td><span class=\"tag ").append(r.severity().name())
                    .append("\">").append(escape(t.severity(r.severity()))).append("</span></td><td>").append(escape(r.title()))
                    .append("</td>");
            number(h, r.findings());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2>").append(escape(t.rulesNotApplicable())).append("</h2>\n<p class=\"meta\">")
                .append(escape(t.join(d.rulesNotApplicable()))).append("</p>\n");
        if (!d.ruleFailures().isEmpty()) {
            h.append("<h2>").append(escape(t.ruleFailures())).append("</h2>\n<ul>\n");
            d.ruleFailures().forEach(f -> h.append("<li>").append(escape(f.ruleId() + " (" + f.file() + ":" + f.line()
                    + ") : " + f.message())).append("</li>\n"));
            h.append("</ul>\n");
        }
    }

    private static void number(StringBuilder h, long n) {
        h.append("<td class=\"n\">").append(n).append("</td>");
    }

    private static void rate(StringBuilder h, DashboardLabels t, double rate, String kind) {
        h.append("<td class=\"rate\" data-v=\"").append(String.format(Locale.ROOT, "%.4f", rate)).append("\">");
        bar(h, rate, kind);
        h.append(escape(t.percent(rate))).append("</td>");
    }

    private static void bar(StringBuilder h, double rate, String kind) {
        h.append("<span class=\"bar").append(kind).append("\"><span style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", rate * 100)).append("%\"></span></span>");
    }
}
