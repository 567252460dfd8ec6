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
 * The dashboard as one self-contained page (inline CSS, SVG and script, nothing fetched): the rates per
 * department as a table with bars beside a map of the departments ({@link DepartmentMap}), then one
 * section per department whose table puts first, in red, the establishments without an organisational
 * mailbox, then the categories. With the RPPS, each establishment shows its registered professionals
 * and those without a qualified one are marked. Columns sort on a click; check boxes, a category list
 * and a search box filter the establishments. Every value from the files is escaped.
 */
final class DashboardHtmlRenderer implements DashboardRenderer {

    private static final String CSS = """
            body { font: 14px/1.4 system-ui, sans-serif; color: #1d2939; margin: 1.5rem auto; max-width: 96rem; padding: 0 1rem; }
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
            tr.no-qualified td.staff { color: #b42318; font-weight: 600; }
            .by-department { display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 27rem); gap: 1.5rem; align-items: start; }
            .by-department .table { overflow-x: auto; } .by-department th { white-space: normal; vertical-align: bottom; }
            .by-department .bar { width: 3rem; }
            @media (max-width: 70rem) { .by-department { grid-template-columns: 1fr; } figure.map { max-width: 34rem; } }
            figure.map { margin: 0; position: sticky; top: 1rem; }
            figure.map svg { width: 100%; height: auto; display: block; }
            figure.map path { stroke: #fff; stroke-width: .6; stroke-linejoin: round; }
            figure.map path.empty { stroke: #667085; stroke-width: .5; }
            figure.map path.specks { stroke-width: 3; }
            figure.map a:focus path, figure.map a:hover path { stroke: #101828; stroke-width: 1.6; }
            figure.map rect.box { fill: #fff; stroke: #98a2b3; stroke-width: .6; }
            figure.map text.box { font-size: 11px; fill: #344054; }
            .legend-title { margin: .6rem 0 .2rem; font-weight: 600; } .legend-title .meta { font-weight: normal; }
            ul.legend { list-style: none; padding: 0; margin: 0 0 .4rem; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
            .swatch { display: inline-block; width: 1.1rem; height: .8rem; border: 1px solid transparent; border-radius: 2px; vertical-align: middle; margin-right: .35rem; }
            figcaption { font-size: .8rem; }
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
              var noOrg = document.getElementById('noorg'), noQual = document.getElementById('noqual');
              var cat = document.getElementById('cat'), q = document.getElementById('q');
              function filter() {
                var text = q.value.trim().toLowerCase();
                document.querySelectorAll('tr[data-cat]').forEach(function (r) {
                  r.hidden = (noOrg.checked && !r.classList.contains('no-org'))
                    || (noQual && noQual.checked && !r.classList.contains('no-qualified'))
                    || (cat.value !== '' && r.getAttribute('data-cat') !== cat.value)
                    || (text !== '' && r.getAttribute('data-q').indexOf(text) < 0);
                });
              }
              if (noOrg) {
                [noOrg, noQual, cat, q].forEach(function (e) {
                  if (e) { e.addEventListener('input', filter); e.addEventListener('change', filter); }
                });
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
        h.append("<h1>").append(escape(t.title())).append("</h1>\n<p class=\"sub\">")
                .append(escape(t.subtitle(d.withRpps()))).append("</p>\n");
        if (d.structures().isEmpty()) {
            h.append("<p class=\"summary\">").append(escape(t.noEstablishment())).append("</p>\n");
        } else {
            h.append("<p class=\"summary\">").append(escape(t.summary(d.total(), d.withRpps()))).append("</p>\n");
            h.append("<h2>").append(escape(t.byDepartment())).append("</h2>\n<div class=\"by-department\">\n<div class=\"table\">\n");
            areas(h, t, t.department(), d.departments(), true, d.withRpps());
            h.append("</div>\n<div>\n<p class=\"hint\">").append(escape(t.mapHint())).append("</p>\n");
            DepartmentMap.render(h, t, d.departments());
            h.append("</div>\n</div>\n");
            establishments(h, t, d);
            h.append("<h2>").append(escape(t.byCategory())).append("</h2>\n");
            areas(h, t, t.category(), bySize(d.categories()), false, d.withRpps());
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

    private static void areas(StringBuilder h, DashboardLabels t, String key, List<Dashboard.Area> areas,
                              boolean departments, boolean withRpps) {
        h.append("<p class=\"hint\">").append(escape(t.sortHint())).append("</p>\n<table class=\"sortable\">\n<thead><tr>");
        // Each rate shares its column with its count ("52 % (79)"): the table fits beside the map.
        List<String> columns = new ArrayList<>(List.of(key, t.establishments(), t.equipped(), t.withOrg(),
                t.withoutOrg(), t.mailboxes()));
        if (withRpps) {
            columns.addAll(List.of(t.professionalsShort(), t.withoutQualifiedShort()));
        }
        columns.add(t.findings());
        for (String c : columns) {
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
            rate(h, t, a.equipmentRate(), a.equipped(), "");
            rate(h, t, a.orgRate(), a.withOrg(), " org");
            h.append("<td class=\"n").append(a.structures() > a.withOrg() ? " missing" : "").append("\">")
                    .append(a.structures() - a.withOrg()).append("</td>");
            number(h, a.mailboxes());
            if (withRpps) {
                number(h, a.professionals());
                h.append("<td class=\"n").append(a.withoutQualified() > 0 ? " missing" : "").append("\">")
                        .append(a.withoutQualified()).append("</td>");
            }
            number(h, a.withFindings());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void establishments(StringBuilder h, DashboardLabels t, Dashboard d) {
        h.append("<h2>").append(escape(t.establishments())).append("</h2>\n<div class=\"controls\">")
                .append("<label><input type=\"checkbox\" id=\"noorg\"> ").append(escape(t.onlyWithoutOrg()))
                .append("</label>");
        if (d.withRpps()) {
            h.append("<label><input type=\"checkbox\" id=\"noqual\"> ").append(escape(t.onlyWithoutQualified()))
                    .append("</label>");
        }
        h.append("<select id=\"cat\" aria-label=\"").append(escape(t.category())).append("\">")
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
        byDepartment.forEach((code, rows) -> department(h, t, areas.get(code), rows, rank, d.withRpps()));
    }

    private static void department(StringBuilder h, DashboardLabels t, Dashboard.Area area,
                                   List<Dashboard.StructureRow> rows, Map<String, Integer> rank, boolean withRpps) {
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
        if (withRpps && area.withoutQualified() > 0) {
            h.append("<p class=\"missing\"><strong>").append(escape(t.withoutQualifiedTitle())).append(t.colon())
                    .append(area.withoutQualified()).append("</strong></p>\n");
        }
        h.append("<table class=\"sortable\">\n<thead><tr>");
        List<String> columns = new ArrayList<>(List.of("FINESS", t.name(), t.category(), "PER", "ORG", "APP"));
        if (withRpps) {
            columns.add(t.professionals());
        }
        columns.add(t.findings());
        for (String c : columns) {
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
            boolean noQualified = s.staff() != null && s.staff().qualified() == 0;
            String classes = ((noOrg ? " no-org" : "") + (noQualified ? " no-qualified" : "")).trim();
            h.append("<tr").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"").append(" data-cat=\"")
                    .append(escape(s.category()))
                    .append("\" data-q=\"").append(escape((s.name() + " " + s.finess()).toLowerCase(Locale.ROOT)))
                    .append("\"><td>").append(escape(s.finess())).append("</td><td>").append(escape(s.name()))
                    .append("</td><td data-v=\"").append(escape(s.categoryLabel())).append("\">")
                    .append(escape(s.categoryLabel())).append("</td>");
            number(h, s.mailboxes("PER"));
            h.append("<td class=\"n org\"").append(noOrg ? " title=\"" + escape(t.noOrg()) + "\"" : "").append(" data-v=\"").append(s.mailboxes("ORG")).append("\">")
                    .append(noOrg ? "0 — " + escape(t.none()) : String.valueOf(s.mailboxes("ORG"))).append("</td>");
            number(h, s.mailboxes("APP"));
            if (s.staff() != null) {
                h.append("<td class=\"staff\" data-v=\"").append(s.staff().people()).append('"')
                        .append(noQualified ? " title=\"" + escape(t.noQualified()) + "\"" : "").append('>')
                        .append(escape(t.staff(s.staff()))).append("</td>");
            }
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
        String needing = t.rulesNeedingRpps(d.rulesNeedingRpps());
        if (needing != null) {
            h.append("<p class=\"meta\">").append(escape(needing)).append("</p>\n");
        }
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

    /** A rate as a bar, its percentage and the count it comes from; sorted by the rate. */
    private static void rate(StringBuilder h, DashboardLabels t, double rate, long count, String kind) {
        h.append("<td class=\"rate\" data-v=\"").append(String.format(Locale.ROOT, "%.4f", rate)).append("\">");
        bar(h, rate, kind);
        h.append(escape(t.percent(rate))).append(" (").append(count).append(")</td>");
    }

    private static void bar(StringBuilder h, double rate, String kind) {
        h.append("<span class=\"bar").append(kind).append("\"><span style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", rate * 100)).append("%\"></span></span>");
    }
}
