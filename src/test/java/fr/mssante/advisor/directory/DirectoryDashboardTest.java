package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.engine.RuleEngine;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.extract.TestRecords;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on the hand-written fixtures: which establishments are in scope, their mailboxes, each
 * applicable rule firing and not firing, and the counts per department and category.
 *
 * <p>Fixtures (FINESS, category, department → mailboxes): 930000013 EHPAD 93 → ORG + PER (clean);
 * 930000021 EHPAD 93 → none; 930000039 SSIAD 93 → PER at gmail.com; 940000045 SAAD 94 → ORG with an
 * accent + APP without @; 940000050 EHPAD 94 with a wrong FINESS key → none; 940000094 foyer 94 (a name
 * full of HTML) → APP only; 750000077 IME 75 → ORG; 2A0000008 résidence autonomie → ORG; 930000062
 * hospital (out of scope) → PER + ORG.
 */
class DirectoryDashboardTest {

    static final Path DIR = Path.of("src/test/resources/directory");
    static final Path FINESS = DIR.resolve("finess-small.csv");
    static final Path MSSANTE = DIR.resolve("mssante-small.txt");

    static Dashboard dashboard(List<String> categories, List<String> departments, Path trustList) {
        Dashboard d = DirectoryDashboard.make(TestPacks.pack(), new DirectoryDashboard.Request(FINESS, MSSANTE,
                trustList, categories, departments, Lang.FR), Progress.NONE);
        assertThat(d.ruleFailures()).as("rules that failed while running").isEmpty();
        return d;
    }

    static Map<String, List<String>> findingsByFiness(Dashboard d) {
        return d.structures().stream().collect(Collectors.toMap(Dashboard.StructureRow::finess,
                s -> s.findings().stream().map(f -> f.ruleId() + "@" + f.subject()).sorted().toList()));
    }

    @Test
    void eachApplicableRuleFiresWhereTheExtractionsShowTheProblemAndNowhereElse() {
        Dashboard d = dashboard(List.of(), List.of(), null);

        assertThat(findingsByFiness(d)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "930000013", List.of(),
                "930000021", List.of("BAL-ORG-MISSING@structure"),
                "930000039", List.of("BAL-ORG-MISSING@structure", "BAL-OUTSIDE-TRUST-SPACE@PER-1"),
                "940000045", List.of("BAL-ADDRESS-INVALID@APP-2", "BAL-ADDRESS-NON-ASCII@ORG-1"),
                // An invalid FINESS is an eligibility error: BAL-ORG-MISSING then stays silent, as in audit.
                "940000050", List.of("ELIG-FINESS-INVALID@structure"),
                "940000094", List.of("BAL-ORG-MISSING@structure"),
                "750000077", List.of(),
                "2A0000008", List.of()));
    }

    @Test
    void mailboxesAreCountedByTypeAndOnlyInScopeEstablishmentsAreKept() {
        Dashboard d = dashboard(List.of(), List.of(), null);
        Map<String, Dashboard.StructureRow> rows = d.structures().stream()
                .collect(Collectors.toMap(Dashboard.StructureRow::finess, s -> s));

        assertThat(rows).doesNotContainKey("930000062"); // a hospital is not an ESSMS
        assertThat(rows.get("930000013").mailboxes()).containsEntry("ORG", 1).containsEntry("PER", 1)
                .containsEntry("APP", 0);
        assertThat(rows.get("940000045").mailboxes()).containsEntry("ORG", 1).containsEntry("APP", 1);
        assertThat(rows.get("930000039").mailboxes()).containsEntry("PER", 1); // joined without the leading 1
        assertThat(d.inputs().attachedMailboxes()).isEqualTo(8);
        assertThat(d.inputs().otherMailboxes()).isEqualTo(4);
        assertThat(d.inputs().inScope()).isEqualTo(8);
    }

    @Test
    void countsPerDepartmentAndCategory() {
        Dashboard d = dashboard(List.of(), List.of(), null);

        assertThat(d.departments()).extracting(Dashboard.Area::code).containsExactly("2A", "75", "93", "94");
        Dashboard.Area d93 = d.departments().get(2);
        assertThat(d93.label()).isEqualTo("SEINE-SAINT-DENIS");
        assertThat(List.of(d93.structures(), d93.equipped(), d93.withOrg(), d93.withPer(), d93.withApp()))
                .containsExactly(3, 2, 1, 2, 0);
        Dashboard.Area d94 = d.departments().get(3);
        assertThat(List.of(d94.structures(), d94.equipped(), d94.withOrg(), d94.withApp(), d94.withFindings()))
                .containsExactly(3, 2, 1, 2, 3);
        assertThat(d94.mailboxes()).isEqualTo(3);

        Dashboard.Area ehpad = d.categories().stream().filter(c -> c.code().equals("500")).findFirst().orElseThrow();
        assertThat(List.of(ehpad.structures(), ehpad.equipped(), ehpad.withOrg())).containsExactly(3, 1, 1);
        assertThat(ehpad.label()).startsWith("EHPAD"); // the pack's label wins over the extraction's
        assertThat(d.total().structures()).isEqualTo(8);
    }

    @Test
    void departmentsAndCategoriesNarrowTheScope() {
        Dashboard d = dashboard(List.of("500", "354"), List.of("93", "94"), null);

        assertThat(d.structures()).extracting(Dashboard.StructureRow::finess)
                .containsExactlyInAnyOrder("930000013", "930000021", "930000039", "940000050");
        assertThat(d.inputs().departmentsInScope()).containsExactly("93", "94");
        assertThat(d.inputs().categoriesInScope()).containsExactly("500", "354");
    }

    @Test
    void theReportListsAppliedAndNotApplicableRules() {
        Dashboard d = dashboard(List.of(), List.of(), null);

        assertThat(d.rulesApplied()).extracting(Dashboard.AppliedRule::id).containsExactly("BAL-ADDRESS-INVALID",
                "BAL-ADDRESS-NON-ASCII", "BAL-ORG-MISSING", "BAL-OUTSIDE-TRUST-SPACE", "ELIG-FINESS-INVALID");
        assertThat(d.rulesApplied()).filteredOn(r -> r.id().equals("BAL-ORG-MISSING"))
                .extracting(Dashboard.AppliedRule::findings).containsExactly(3);
        assertThat(d.rulesNotApplicable()).contains("BAL-OPERATOR-MISSING", "ELIG-NO-QUALIFIED-PROFESSIONAL",
                        "BAL-ORG-NO-RESPONSIBLE").doesNotContainAnyElementsOf(
                        d.rulesApplied().stream().map(Dashboard.AppliedRule::id).toList());
        assertThat(d.rulesApplied().size() + d.rulesNotApplicable().size()).isEqualTo(TestPacks.pack().rules().size());
        assertThat(d.ruleFailures()).isEmpty();
    }

    @Test
    void theSameFactsOnTheFullPackWouldReportWhatTheExtractionsCannotKnow() {
        // Why the knowledge base is restricted: on the full pack, rules reading unknown fields fire.
        SelectedEstablishment ehpad = TestRecords.selected(TestRecords.establishment("930000013", "EHPAD", "500", "93"),
                TestRecords.mailbox(MailboxType.ORG, "accueil@ehpad-erables.mssante.fr", "930000013"));
        List<String> full = new RuleEngine(TestPacks.pack()).run(DirectoryFacts.of(ehpad, "EHPAD", null)).findings()
                .stream().map(Finding::ruleId).toList();
        DirectoryReference reference = DirectoryReference.of(TestPacks.pack());
        List<String> restricted = new DirectoryRuleRun(TestPacks.pack(), reference, TestPacks.pack().reference(), false)
                .check(ehpad, null).findings().stream().map(Finding::ruleId).toList();

        assertThat(full).contains("BAL-OPERATOR-MISSING", "ELIG-NO-QUALIFIED-PROFESSIONAL");
        assertThat(restricted).isEmpty();
    }

    @Test
    void aWhitelistFileReplacesThePackTrustSpace() {
        Dashboard pack = dashboard(List.of(), List.of(), null);
        Dashboard whitelist = dashboard(List.of(), List.of(), DIR.resolve("trust-list-small.xml"));

        assertThat(findingsByFiness(pack).get("2A0000008")).isEmpty();
        // ra-sole.mssante.fr is not on this (small) whitelist: outside the trust space with it.
        assertThat(findingsByFiness(whitelist).get("2A0000008")).containsExactly("BAL-OUTSIDE-TRUST-SPACE@ORG-1");
        assertThat(findingsByFiness(whitelist).get("930000013")).isEmpty();
        assertThat(whitelist.trustSpace().file()).endsWith("trust-list-small.xml");
        assertThat(whitelist.trustSpace().domains()).isEqualTo(5);
        assertThat(pack.trustSpace().file()).isNull();
        assertThat(pack.trustSpace().suffixes()).contains(".mssante.fr");
    }

    @Test
    void findingsCarryTheRuleTextsInTheReportLanguage() {
        Dashboard d = dashboard(List.of("354"), List.of(), null);
        ReportedFinding outside = d.structures().get(0).findings().stream()
                .filter(f -> f.ruleId().equals("BAL-OUTSIDE-TRUST-SPACE")).findFirst().orElseThrow();
        assertThat(outside.message()).contains("anne.dupont@gmail.com").contains("gmail.com");
        assertThat(outside.recommendation()).isNotBlank();
    }

    @Test
    void theSmallWhitelistFixtureReadsInLowerCase() throws Exception {
        fr.mssante.advisor.pack.TrustList list = fr.mssante.advisor.pack.TrustList.read(DIR.resolve("trust-list-small.xml"));
        assertThat(list.domains()).hasSize(5).contains("infirmier.mssante.fr", "ehpad-erables.mssante.fr");
        assertThat(list.generatedAt()).isEqualTo("2025-03-13T14:54:10Z");
    }

    @Test
    void theJsonFluxGivesTheSameDashboardAsTheCsv() {
        Dashboard csv = dashboard(List.of(), List.of(), null);
        Dashboard json = DirectoryDashboard.make(TestPacks.pack(), new DirectoryDashboard.Request(
                DIR.resolve("finess-small.json"), MSSANTE, null, List.of(), List.of(), Lang.FR), Progress.NONE);

        assertThat(findingsByFiness(json)).isEqualTo(findingsByFiness(csv));
        assertThat(json.structures()).extracting(Dashboard.StructureRow::finess, Dashboard.StructureRow::mailboxes)
                .isEqualTo(csv.structures().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.finess(), r.mailboxes()))
                        .toList());
        assertThat(json.departments()).extracting(Dashboard.Area::code, Dashboard.Area::structures, Dashboard.Area::equipped,
                Dashboard.Area::withOrg).isEqualTo(csv.departments().stream().map(a -> org.assertj.core.groups.Tuple.tuple(
                a.code(), a.structures(), a.equipped(), a.withOrg())).toList());
        assertThat(json.inputs().finess().publication()).isEqualTo(fr.mssante.advisor.extract.FinessPublication.JSON_FLUX);
        assertThat(json.inputs().finess().malformed().count()).isEqualTo(1);
        assertThat(json.inputs().read().closedLeftOut()).isEqualTo(1); // 930000120, closed in 2019
        assertThat(csv.inputs().read().closedLeftOut()).isZero();
    }

    @Test
    void departmentsAreMatchedWhateverTheWayTheyAreWritten() {
        Dashboard d = dashboard(List.of(), List.of("2a", "093"), null);
        assertThat(d.structures()).extracting(Dashboard.StructureRow::department).containsOnly("2A", "93");
    }
}
