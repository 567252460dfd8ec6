package fr.mssante.advisor.directory;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line per establishment, {@code ;}-separated (what a spreadsheet set to French expects), UTF-8,
 * values quoted when they hold a separator, a quote or a line break. Column names are fixed (not
 * translated) so that scripts can rely on them. A value starting like a formula ({@code =}, {@code +},
 * {@code @}) gets a leading apostrophe, so that opening the file runs nothing. With the RPPS, three
 * columns follow the mailboxes: the registered professionals, the qualified ones, and by profession
 * ({@code 60:3,35:2}, RPPS codes); without it they are absent rather than a misleading 0.
 */
final class DashboardCsvRenderer implements DashboardRenderer {

    static final List<String> HEADER = List.of("finess", "name", "category", "categoryLabel", "department",
            "departmentLabel", "PER", "ORG", "APP", "CAB", "withOrg", "findings", "worstSeverity");
    static final List<String> RPPS_COLUMNS = List.of("professionals", "qualified", "byProfession");

    @Override
    public String render(Dashboard d, Lang lang) {
        StringBuilder out = new StringBuilder(d.structures().size() * 120);
        List<String> header = new ArrayList<>(HEADER);
        if (d.withRpps()) {
            header.addAll(HEADER.indexOf("withOrg") + 1, RPPS_COLUMNS);
        }
        line(out, header);
        for (Dashboard.StructureRow s : d.structures()) {
            var worst = DashboardBuilder.worst(s.findings());
            List<String> values = new ArrayList<>(List.of(s.finess(), s.name(), s.category(), s.categoryLabel(),
                    s.department(), s.departmentLabel(), String.valueOf(s.mailboxes("PER")),
                    String.valueOf(s.mailboxes("ORG")), String.valueOf(s.mailboxes("APP")),
                    String.valueOf(s.mailboxes("CAB")), s.mailboxes("ORG") > 0 ? "1" : "0"));
            if (s.staff() != null) {
                values.add(String.valueOf(s.staff().people()));
                values.add(String.valueOf(s.staff().qualified()));
                values.add(s.staff().byProfession().stream().map(p -> p.code() + ":" + p.count())
                        .collect(Collectors.joining(",")));
            }
            values.add(s.findings().stream().map(ReportedFinding::ruleId).distinct().collect(Collectors.joining(",")));
            values.add(worst == null ? "" : worst.name());
            line(out, values);
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
