package fr.mssante.advisor.directory;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.util.List;

/**
 * The dashboard for a terminal: the counts per department and per category, the establishments
 * without an organisational mailbox and, with the RPPS, those without a qualified professional (the
 * first {@value #LISTED} of each; the other formats list all), the rules and the files read.
 */
final class DashboardTextRenderer implements DashboardRenderer {

    static final int LISTED = 100;

    @Override
    public String render(Dashboard d, Lang lang) {
        DashboardLabels t = new DashboardLabels(lang);
        StringBuilder out = new StringBuilder();
        out.append(t.title()).append('\n').append(t.subtitle(d.withRpps())).append("\n\n");
        if (d.structures().isEmpty()) {
            out.append(t.noEstablishment()).append("\n\n");
        } else {
            out.append(t.summary(d.total(), d.withRpps())).append("\n\n");
            areas(out, t, t.byDepartment(), t.department(), d.departments(), d.withRpps());
            areas(out, t, t.byCategory(), t.category(), d.categories(), d.withRpps());
            listed(out, t, t.withoutOrgTitle(), d.structures().stream().filter(s -> s.mailboxes("ORG") == 0).toList(),
                    lang);
            if (d.withRpps()) {
                listed(out, t, t.withoutQualifiedTitle(),
                        d.structures().stream().filter(s -> s.staff().qualified() == 0).toList(), lang);
            }
        }
        out.append(t.rulesApplied()).append('\n');
        for (Dashboard.AppliedRule r : d.rulesApplied()) {
            out.append(String.format("  %-30s %-14s %6d  %s%n", r.id(), t.severity(r.severity()), r.findings(),
                    r.title()));
        }
        out.append(t.rulesNotApplicable()).append('\n');
        out.append(wrap(t.join(d.rulesNotApplicable()), "  ")).append('\n');
        String needing = t.rulesNeedingRpps(d.rulesNeedingRpps());
        if (needing != null) {
            out.append(wrap(needing, "  ")).append('\n');
        }
        if (!d.ruleFailures().isEmpty()) {
            out.append(t.ruleFailures()).append('\n');
            for (RuleFailure f : d.ruleFailures()) {
                out.append("  ").append(f.file()).append(':').append(f.line()).append(": [").append(f.ruleId())
                        .append("] ").append(f.message()).append('\n');
            }
        }
        out.append('\n').append(t.inputs()).append('\n');
        for (String line : inputLines(t, d)) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The lines of the "files read" section, shared with the HTML page. */
    static List<String> inputLines(DashboardLabels t, Dashboard d) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(t.finessInput(d.inputs()));
        String m = t.malformed("FINESS", d.inputs().finess().malformed());
        if (m != null) {
            lines.add(m);
        }
        String closed = t.closedLeftOut(d.inputs());
        if (closed != null) {
            lines.add(closed);
        }
        lines.add(t.mailboxInput(d.inputs()));
        m = t.malformed("Annuaire Santé", d.inputs().mailboxes().malformed());
        if (m != null) {
            lines.add(m);
        }
        String rpps = t.rppsInput(d.inputs());
        if (rpps != null) {
            lines.add(rpps);
            m = t.malformed("RPPS", d.inputs().rpps().malformed());
            if (m != null) {
                lines.add(m);
            }
        }
        lines.addAll(t.unmapped(d.inputs()));
        lines.add(t.scope(d.inputs()));
        lines.add(t.trustSpace(d.trustSpace()));
        return lines;
    }

    private static void areas(StringBuilder out, DashboardLabels t, String title, String key, List<Dashboard.Area> areas,
                              boolean withRpps) {
        out.append(title).append('\n');
        out.append(String.format("  %-38s %8s %8s %6s %8s %6s", key, t.establishmentsShort(), "≥1 BAL", "%", "BAL ORG",
                "%"));
        out.append(withRpps ? String.format(" %10s %13s%n", t.professionalsShort(), t.withoutQualifiedShort()) : "\n");
        for (Dashboard.Area a : areas) {
            String name = a.code() + (a.label() == null || a.label().isBlank() ? "" : " " + a.label());
            out.append(String.format("  %-38s %8d %8d %6s %8d %6s", cut(name, 38), a.structures(), a.equipped(),
                    t.percent(a.equipmentRate()), a.withOrg(), t.percent(a.orgRate())));
            out.append(withRpps ? String.format(" %10d %13d%n", a.professionals(), a.withoutQualified()) : "\n");
        }
        out.append('\n');
    }

    private static void listed(StringBuilder out, DashboardLabels t, String title, List<Dashboard.StructureRow> rows,
                               Lang lang) {
        out.append(title).append(" (").append(rows.size()).append(")\n");
        for (Dashboard.StructureRow s : rows.subList(0, Math.min(LISTED, rows.size()))) {
            out.append(String.format("  %-3s %s  %-40s %-4s %s%n", s.department(), s.finess(), cut(s.name(), 40),
                    s.category(), findingIds(s.findings())));
        }
        if (rows.size() > LISTED) {
            out.append(lang == Lang.EN
                    ? "  … and " + (rows.size() - LISTED) + " more: --format csv, json or html lists them all.\n"
                    : "  … et " + (rows.size() - LISTED) + " autres : --format csv, json ou html les liste tous.\n");
        }
        out.append('\n');
    }

    private static String findingIds(List<ReportedFinding> findings) {
        return String.join(" ", findings.stream().map(ReportedFinding::ruleId).distinct().toList());
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int column = indent.length();
        for (String word : text.split(" ")) {
            if (column + word.length() > 100 && column > indent.length()) {
                out.append('\n').append(indent);
                column = indent.length();
            }
            out.append(word).append(' ');
            column += word.length() + 1;
        }
        return out.toString().stripTrailing();
    }
}
