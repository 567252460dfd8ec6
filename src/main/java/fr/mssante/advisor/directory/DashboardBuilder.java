package fr.mssante.advisor.directory;

import fr.mssante.advisor.engine.RuleEngine;
import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.extract.Departments;
import fr.mssante.advisor.extract.FinessEstablishment;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.extract.SelectedExtracts;
import fr.mssante.advisor.findings.FindingAssembler;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks every establishment with the applicable rules (one session each, on one shared knowledge
 * base) and counts per department and per category; with the RPPS, also the professionals practising
 * at each establishment.
 */
public final class DashboardBuilder {

    private static final int PROGRESS_EVERY = 2_000;

    private final RulePack pack;
    private final DirectoryReference reference;
    private final DirectoryRuleRun rules;
    private final Lang lang;

    public DashboardBuilder(RulePack pack, DirectoryReference reference, DirectoryRuleRun rules, Lang lang) {
        this.pack = pack;
        this.reference = reference;
        this.rules = rules;
        this.lang = lang;
    }

    public Dashboard build(SelectedExtracts selected, Dashboard.TrustSpace trust, Dashboard.Inputs inputs,
                           Progress progress) {
        boolean withRpps = inputs.rpps() != null;
        FindingAssembler assembler = new FindingAssembler(pack.messages(), lang);
        List<Dashboard.StructureRow> rows = new ArrayList<>(selected.establishments().size());
        Map<String, Integer> findingsPerRule = new HashMap<>();
        LinkedHashSet<RuleFailure> failures = new LinkedHashSet<>();
        long checked = 0;
        // One establishment after the other: in one full test run out of two, sessions run in parallel on
        // the freshly reduced knowledge base lost some establishments' findings (cause not pinned down);
        // a dashboard that silently misses findings is worse than a slower one.
        for (SelectedEstablishment e : selected.establishments()) {
            List<Practitioners.Person> people = withRpps ? Practitioners.of(e.activities(), reference.extracts()) : null;
            RuleEngine.Result r = rules.check(e, people);
            if (++checked % PROGRESS_EVERY == 0) {
                progress.update("règles / rules", checked);
            }
            failures.addAll(r.failures());
            List<ReportedFinding> findings = r.findings().stream()
                    .map(f -> assembler.assemble(f, SourceLocation.UNKNOWN, Optional.empty()))
                    .sorted(FindingAssembler.REPORT_ORDER).toList();
            findings.forEach(f -> findingsPerRule.merge(f.ruleId(), 1, Integer::sum));
            rows.add(row(e, people == null ? null : staff(people), findings));
        }
        // Rows hold their department already normalised (row()).
        rows.sort(Comparator.comparing(Dashboard.StructureRow::department)
                .thenComparing(Dashboard.StructureRow::name).thenComparing(Dashboard.StructureRow::finess));
        List<Dashboard.AppliedRule> applied = rules.applied().stream().map(id -> pack.rule(id).orElseThrow())
                .map(info -> {
                    var texts = pack.messages().get(info.id(), lang);
                    return new Dashboard.AppliedRule(info.id(), info.severity(), texts.title(Map.of()),
                            texts.recommendation(Map.of()), findingsPerRule.getOrDefault(info.id(), 0));
                })
                .toList();
        return new Dashboard(areas(rows, Dashboard.StructureRow::department, Dashboard.StructureRow::departmentLabel),
                areas(rows, Dashboard.StructureRow::category, Dashboard.StructureRow::categoryLabel), rows, applied,
                rules.notApplicable(), rules.needingRpps(), trust, inputs, List.copyOf(failures));
    }

    private Dashboard.Staff staff(List<Practitioners.Person> people) {
        Map<String, Dashboard.ProfessionCount> byCode = new TreeMap<>();
        int qualified = 0;
        for (Practitioners.Person p : people) {
            if (pack.reference().isQualified(p.profession())) {
                qualified++;
            }
            String code = p.professionCode() == null ? "" : p.professionCode();
            Dashboard.ProfessionCount before = byCode.get(code);
            byCode.put(code, new Dashboard.ProfessionCount(code, p.professionLabel() != null ? p.professionLabel() : code,
                    !Practitioners.OTHER.equals(p.profession()), before == null ? 1 : before.count() + 1));
        }
        List<Dashboard.ProfessionCount> counts = new ArrayList<>(byCode.values());
        counts.sort(Comparator.comparingInt(Dashboard.ProfessionCount::count).reversed()
                .thenComparing(Dashboard.ProfessionCount::code));
        return new Dashboard.Staff(people.size(), qualified, counts);
    }

    private Dashboard.StructureRow row(SelectedEstablishment e, Dashboard.Staff staff, List<ReportedFinding> findings) {
        FinessEstablishment f = e.finess();
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (String type : Dashboard.TYPES) {
            byType.put(type, 0);
        }
        e.mailboxes().forEach(m -> byType.merge(m.type().name(), 1, Integer::sum));
        return new Dashboard.StructureRow(f.finess(), f.name(), f.categoryCode(),
                reference.labelOf(f.categoryCode(), f.categoryLabel()), department(f),
                departmentLabel(f), byType, staff, findings);
    }

    /** The FINESS CSV's name of the department, else (the JSON flux has none) its usual name. */
    private static String departmentLabel(FinessEstablishment f) {
        if (f.departmentLabel() != null && !f.departmentLabel().isBlank()) {
            return f.departmentLabel();
        }
        String name = f.department() == null ? null : Departments.nameOf(f.department());
        return name != null ? name : "";
    }

    /** The INSEE department code (the readers bring both FINESS forms to it); {@code ?} when the FINESS gives none. */
    private static String department(FinessEstablishment f) {
        return f.department() != null ? f.department() : "?";
    }

    /** Counts per key, sorted by key (department codes and category codes sort as text). */
    private static List<Dashboard.Area> areas(List<Dashboard.StructureRow> rows,
                                              Function<Dashboard.StructureRow, String> key,
                                              Function<Dashboard.StructureRow, String> label) {
        Map<String, List<Dashboard.StructureRow>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<Dashboard.Area> out = new ArrayList<>();
        groups.forEach((code, group) -> out.add(new Dashboard.Area(code, label.apply(group.get(0)), group.size(),
                count(group, r -> r.totalMailboxes() > 0), count(group, r -> r.mailboxes("ORG") > 0),
                count(group, r -> r.mailboxes("PER") > 0), count(group, r -> r.mailboxes("APP") > 0),
                group.stream().mapToLong(Dashboard.StructureRow::totalMailboxes).sum(),
                count(group, r -> !r.findings().isEmpty()),
                group.stream().filter(r -> r.staff() != null).mapToLong(r -> r.staff().people()).sum(),
                count(group, r -> r.staff() != null && r.staff().qualified() == 0))));
        return out;
    }

    private static int count(List<Dashboard.StructureRow> rows, java.util.function.Predicate<Dashboard.StructureRow> p) {
        return (int) rows.stream().filter(p).count();
    }

    /** The most serious severity among findings, or null. */
    static Severity worst(List<ReportedFinding> findings) {
        return findings.stream().map(ReportedFinding::severity).min(Comparator.naturalOrder()).orElse(null);
    }
}
