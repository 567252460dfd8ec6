package fr.mssante.advisor.directory;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.ReadingCounts;
import fr.mssante.advisor.extract.RppsReading;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;
import java.util.List;
import java.util.Map;

/**
 * The equipment dashboard, ready to render: counts per department and per category, one row per
 * establishment, the rules applied and not applicable, and what was read. With the RPPS
 * ({@link #withRpps()}), each row also has its registered professionals and each area counts the
 * establishments without a qualified one. Renderers only read it.
 *
 * @param rulesNeedingRpps among the rules not applicable, those that would run with {@code --rpps} (empty with it)
 * @param ruleFailures     rules that broke while running (the pack's fault, not the data's)
 */
public record Dashboard(List<Area> departments, List<Area> categories, List<StructureRow> structures,
                        List<AppliedRule> rulesApplied, List<String> rulesNotApplicable, List<String> rulesNeedingRpps,
                        TrustSpace trustSpace, Inputs inputs, List<RuleFailure> ruleFailures) {

    /** The mailbox types counted, in the order reports show them (CAB only appears when present). */
    public static final List<String> TYPES = List.of("PER", "ORG", "APP", "CAB");

    public Dashboard {
        departments = List.copyOf(departments);
        categories = List.copyOf(categories);
        structures = List.copyOf(structures);
        rulesApplied = List.copyOf(rulesApplied);
        rulesNotApplicable = List.copyOf(rulesNotApplicable);
        rulesNeedingRpps = List.copyOf(rulesNeedingRpps);
        ruleFailures = List.copyOf(ruleFailures);
    }

    /** Whether the RPPS was read ({@code --rpps}): the professionals' counts mean something only then. */
    public boolean withRpps() {
        return inputs.rpps() != null;
    }

    /** Every establishment in scope, counted like an area. */
    public Area total() {
        return new Area("", "", sum(Area::structures), sum(Area::equipped), sum(Area::withOrg), sum(Area::withPer),
                sum(Area::withApp), departments.stream().mapToLong(Area::mailboxes).sum(), sum(Area::withFindings),
                departments.stream().mapToLong(Area::professionals).sum(), sum(Area::withoutQualified));
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
     * @param professionals    registered professionals practising there (RPPS; 0 without it)
     * @param withoutQualified establishments where none of them has a qualified profession (RPPS; 0 without it)
     */
    public record Area(String code, String label, int structures, int equipped, int withOrg, int withPer,
                       int withApp, long mailboxes, int withFindings, long professionals, int withoutQualified) {

        /** Share of equipped establishments, 0 to 1 (0 when there are none). */
        public double equipmentRate() {
            return structures == 0 ? 0 : (double) equipped / structures;
        }

        public double orgRate() {
            return structures == 0 ? 0 : (double) withOrg / structures;
        }
    }

    /**
     * One establishment: its mailboxes by type ({@link #TYPES}), its registered professionals, and the
     * findings of the rules applied.
     *
     * @param staff null when the RPPS was not read
     */
    public record StructureRow(String finess, String name, String category, String categoryLabel, String department,
                               String departmentLabel, Map<String, Integer> mailboxes, Staff staff,
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

    /**
     * The registered professionals of an establishment, by RPPS profession.
     *
     * @param people    persons practising there (one person with several activities counts once)
     * @param qualified those of them whose profession is qualified (health, or social and medico-social)
     */
    public record Staff(int people, int qualified, List<ProfessionCount> byProfession) {

        public Staff {
            byProfession = List.copyOf(byProfession);
        }
    }

    /**
     * @param code   the RPPS profession code
     * @param label  its name in {@code reference/rpps-professions.yaml}, else in the RPPS file
     * @param mapped whether the reference data maps the code (else it counts as "autre")
     */
    public record ProfessionCount(String code, String label, boolean mapped, int count) {
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
    public record Inputs(String finessFile, String mailboxFile, String rppsFile, ReadingCounts read,
                         List<String> categoriesInScope, List<String> departmentsInScope) {

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

        /** Null without {@code --rpps}. */
        public RppsReading rpps() {
            return read.rpps();
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
