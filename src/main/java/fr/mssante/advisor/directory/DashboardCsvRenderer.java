package fr.mssante.advisor.directory;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per establishment, {@code ;}-separated (what a spreadsheet set to French expects), UTF-8,
 * values quoted when they hold a separator, a quote or a line break. Column names are fixed (not
 * translated) so that scripts can rely on them. A value starting like a formula ({@code =}, {@code +},
 * {@code @}) gets a leading apostrophe, so that opening the file runs nothing.
 */
final class DashboardCsvRenderer implements DashboardRenderer {

    static final List<String> HEADER = List.of("finess", "name", "category", "categoryLabel", "department",
            "departmentLabel", "PER", "ORG", "APP", "CAB", "withOrg", "findings", "worstSeverity");

    @Override
    public String render(Dashboard d, Lang lang) {
        StringBuilder out = new StringBuilder(d.structures().size() * 120);
        line(out, HEADER);
        for (Dashboard.StructureRow s : d.structures()) {
            var worst = DashboardBuilder.worst(s.findings());
            line(out, List.of(s.finess(), s.name(), s.category(), s.categoryLabel(), s.department(),
                    s.departmentLabel(), String.valueOf(s.mailboxes("PER")), String.valueOf(s.mailboxes("ORG")),
                    String.valueOf(s.mailboxes("APP")), String.valueOf(s.mailboxes("CAB")),
                    s.mailboxes("ORG") > 0 ? "1" : "0",
                    s.findings().stream().map(ReportedFinding::ruleId).distinct().collect(Collectors.joining(",")),
                    worst == null ? "" : worst.name()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(values.get(i)));
        }
        out.append('\n');
    }

    static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+@\t".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // a spreadsheet would run it as a formula
        }
        if (v.indexOf(';') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
