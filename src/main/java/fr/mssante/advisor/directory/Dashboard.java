package fr.mssante.advisor.directory;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.ReadingCounts;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;
import java.util.List;
import java.util.Map;

/**
 * The equipment dashboard, ready to render: counts per department and per category, one row per
 * establishment, the rules applied and not applicable, and what was read. Renderers only read it.
 *
 * @param ruleFailures rules that broke while running (the pack's fault, not the data's)
 */
public record Dashboard(List<Area> departments, List<Area> categories, List<StructureRow> structures,
                        List<AppliedRule> rulesApplied, List<String> rulesNotApplicable, TrustSpace trustSpace,
                        Inputs inputs, List<RuleFailure> ruleFailures) {

    /** The mailbox types counted, in the order reports show them (CAB only appears when present). */
    public static final List<String> TYPES = List.of("PER", "ORG", "APP", "CAB");

    public Dashboard {
        departments = List.copyOf(departments);
        categories = List.copyOf(categories);
        structures = List.copyOf(structures);
        rulesApplied = List.copyOf(rulesApplied);
        rulesNotApplicable = List.copyOf(rulesNotApplicable);
        ruleFailures = List.copyOf(ruleFailures);
    }

    /** Every establishment in scope, counted like an area. */
    public Area total() {
        return new Area("", "", sum(Area::structures), sum(Area::equipped), sum(Area::withOrg), sum(Area::withPer),
                sum(Area::withApp), departments.stream().mapToLong(Area::mailboxes).sum(), sum(Area::withFindings));
    }

    private int sum(java.util.function.ToIntFunction<Area> field) {
        return departments.stream().mapToInt(field).sum();
    }

    /**
     * A department or a category.
     *
     * @param equipped     establishments with at least one mailbox
     * @param withOrg      establishments with at least one ORG mailbox
     * @param withFindings establishments with at least one finding
     */
    public record Area(String code, String label, int structures, int equipped, int withOrg, int withPer,
                       int withApp, long mailboxes, int withFindings) {

        /** Share of equipped establishments, 0 to 1 (0 when there are none). */
        public double equipmentRate() {
            return structures == 0 ? 0 : (double) equipped / structures;
        }

        public double orgRate() {
            return structures == 0 ? 0 : (double) withOrg / structures;
        }
    }

    /** One establishment: its mailboxes by type ({@link #TYPES}) and the findings of the rules applied. */
    public record StructureRow(String finess, String name, String category, String categoryLabel, String department,
                               String departmentLabel, Map<String, Integer> mailboxes,
                               List<ReportedFinding> findings) {

        public StructureRow {
            mailboxes = Map.copyOf(mailboxes);
            findings = List.copyOf(findings);
        }

        public int mailboxes(String type) {
            return mailboxes.getOrDefault(type, 0);
        }

        public int totalMailboxes() {
            return mailboxes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A rule that ran, with its title and fix in the report's language and how many findings it made. */
    public record AppliedRule(String id, Severity severity, String title, String recommendation, int findings) {
    }

    /**
     * Where the trust space came from.
     *
     * @param file       the whitelist given with {@code --trust-list}, null for the pack's list
     * @param domains    exact domains in that list (whitelist: all of them)
     * @param suffixes   domain endings (pack's list only)
     * @param generation the whitelist's generation date, when it says
     */
    public record TrustSpace(String file, int domains, List<String> suffixes, String generation) {
    }

    /**
     * What was read, for the report's last section.
     *
     * @param read what the selection read (lines, malformed, closed left out, folded repeats, unmapped codes)
     */
    public record Inputs(String finessFile, String mailboxFile, ReadingCounts read, List<String> categoriesInScope,
                         List<String> departmentsInScope) {

        public Inputs {
            categoriesInScope = List.copyOf(categoriesInScope);
            departmentsInScope = List.copyOf(departmentsInScope);
        }

        public FinessReading finess() {
            return read.finess();
        }

        public MailboxReading mailboxes() {
            return read.mailboxes();
        }

        public int inScope() {
            return read.selected();
        }

        public long attachedMailboxes() {
            return read.attachedMailboxes();
        }

        public long otherMailboxes() {
            return read.otherMailboxes();
        }
    }
}
