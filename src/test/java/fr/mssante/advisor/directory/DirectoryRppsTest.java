package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.engine.RuleEngine;
import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.RppsActivity;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.extract.TestRecords;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.i18n.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code directory --rpps} on the hand-written fixtures: the RPPS file
 * {@code PS_LibreAcces_Personne_activite_202503010400.txt} (2025 layout, 56 columns, trailing {@code |})
 * puts at 930000013 Anne Dupont (the owner of its PER mailbox, RPPS with a wrong key, line 2), an
 * aide-soignant and a doctor with two activities; at 930000021 only a dentist (code 40, unmapped); at
 * 930000039 a specialised educator known by ADELI only (line 7) while Anne's gmail PER mailbox there has
 * no owner practising there; one nurse at 940000045, a psychologist at 750000077, a care assistant at
 * 2A0000008; nobody at 940000050 and 940000094; a doctor at the hospital (out of scope), a liberal nurse
 * without FINESS site, and a cut line.
 */
class DirectoryRppsTest {

    static final Path RPPS = DirectoryDashboardTest.DIR.resolve("PS_LibreAcces_Personne_activite_202503010400.txt");

    static Dashboard withRpps() {
        Dashboard d = DirectoryDashboard.make(TestPacks.pack(), new DirectoryDashboard.Request(
                DirectoryDashboardTest.FINESS, DirectoryDashboardTest.MSSANTE, RPPS, null, List.of(), List.of(),
                Lang.FR), Progress.NONE);
        assertThat(d.ruleFailures()).as("rules that failed while running").isEmpty();
        return d;
    }

    private static Map<String, Dashboard.StructureRow> rows(Dashboard d) {
        return d.structures().stream().collect(Collectors.toMap(Dashboard.StructureRow::finess, s -> s));
    }

    @Test
    void eachRuleThatNeedsProfessionalsFiresWhereTheRppsShowsTheProblemAndNowhereElse() {
        Dashboard d = withRpps();

        assertThat(DirectoryDashboardTest.findingsByFiness(d)).containsExactlyInAnyOrderEntriesOf(Map.of(
                // Anne owns the PER mailbox (linked by national id), but the registry's number has a wrong key.
                "930000013", List.of("PRO-RPPS-INVALID@RPPS:L2"),
                // Only a dentist, whom the reference data does not map: not eligible, so BAL-ORG-MISSING is silent.
                "930000021", List.of("ELIG-NO-QUALIFIED-PROFESSIONAL@structure"),
                "930000039", List.of("BAL-ORG-MISSING@structure", "BAL-OUTSIDE-TRUST-SPACE@PER-1",
                        "BAL-PER-WITHOUT-RPPS@PER-1", "PRO-SOCIAL-NOT-REGISTERED@RPPS:L7"),
                "940000045", List.of("BAL-ADDRESS-INVALID@APP-2", "BAL-ADDRESS-NON-ASCII@ORG-1"),
                "940000050", List.of("ELIG-FINESS-INVALID@structure", "ELIG-NO-QUALIFIED-PROFESSIONAL@structure"),
                "940000094", List.of("ELIG-NO-QUALIFIED-PROFESSIONAL@structure"),
                "750000077", List.of(),
                "2A0000008", List.of()));
    }

    @Test
    void professionalsAreCountedOncePerPersonByProfessionThroughTheReferenceData() {
        Map<String, Dashboard.StructureRow> rows = rows(withRpps());

        Dashboard.Staff erables = rows.get("930000013").staff();
        assertThat(erables.people()).as("the doctor's two activities are one person").isEqualTo(3);
        assertThat(erables.qualified()).isEqualTo(3);
        assertThat(erables.byProfession()).extracting(Dashboard.ProfessionCount::code, Dashboard.ProfessionCount::label,
                Dashboard.ProfessionCount::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10", "Médecin", 1),
                        org.assertj.core.groups.Tuple.tuple("35", "Aide-soignant", 1),
                        org.assertj.core.groups.Tuple.tuple("60", "Infirmier", 1));
        Dashboard.Staff moulin = rows.get("930000021").staff();
        assertThat(List.of(moulin.people(), moulin.qualified())).containsExactly(1, 0);
        assertThat(moulin.byProfession().get(0).mapped()).isFalse();
        assertThat(moulin.byProfession().get(0).label()).isEqualTo("Chirurgien-Dentiste"); // the file's label
        assertThat(rows.get("940000094").staff().people()).isZero();
    }

    @Test
    void theUnmappedProfessionIsReportedOnceWithItsLabel() {
        Dashboard d = withRpps();
        assertThat(d.inputs().read().unmapped()).filteredOn(u -> u.kind() == UnmappedCode.Kind.RPPS_PROFESSION)
                .extracting(UnmappedCode::code, UnmappedCode::label, UnmappedCode::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("40", "Chirurgien-Dentiste", 1L));
        assertThat(new DashboardLabels(Lang.FR).unmapped(d.inputs()))
                .anyMatch(l -> l.startsWith("Profession RPPS 40 (Chirurgien-Dentiste)"));
    }

    @Test
    void areasCountProfessionalsAndEstablishmentsWithoutAQualifiedOne() {
        Dashboard d = withRpps();
        Map<String, Dashboard.Area> deps = d.departments().stream()
                .collect(Collectors.toMap(Dashboard.Area::code, a -> a));

        assertThat(List.of(deps.get("93").professionals(), (long) deps.get("93").withoutQualified())).containsExactly(5L, 1L);
        assertThat(List.of(deps.get("94").professionals(), (long) deps.get("94").withoutQualified())).containsExactly(1L, 2L);
        assertThat(d.total().withoutQualified()).isEqualTo(3);
        assertThat(d.total().professionals()).isEqualTo(8);
        assertThat(d.inputs().read().attachedActivities()).isEqualTo(9);
        assertThat(d.inputs().read().otherActivities()).as("the hospital's doctor and the liberal nurse").isEqualTo(2);
        assertThat(d.inputs().rpps().malformed().firstLines()).containsExactly(10L);
    }

    @Test
    void theRppsAddsRulesAndCountsButChangesNoMailboxCount() {
        Dashboard with = withRpps();
        Dashboard without = DirectoryDashboardTest.dashboard(List.of(), List.of(), null);

        assertThat(with.withRpps()).isTrue();
        assertThat(without.withRpps()).isFalse();
        for (int i = 0; i < without.departments().size(); i++) {
            Dashboard.Area a = without.departments().get(i);
            Dashboard.Area b = with.departments().get(i);
            assertThat(List.of(b.code(), b.structures(), b.equipped(), b.withOrg(), b.withPer(), b.withApp()))
                    .isEqualTo(List.of(a.code(), a.structures(), a.equipped(), a.withOrg(), a.withPer(), a.withApp()));
        }
        List<String> rppsRules = List.of("BAL-PER-WITHOUT-RPPS", "ELIG-NO-QUALIFIED-PROFESSIONAL", "PRO-RPPS-INVALID",
                "PRO-SOCIAL-NOT-REGISTERED");
        assertThat(with.rulesApplied()).extracting(Dashboard.AppliedRule::id).containsAll(rppsRules).hasSize(9);
        assertThat(with.rulesNotApplicable()).doesNotContainAnyElementsOf(rppsRules);
        assertThat(with.rulesNeedingRpps()).isEmpty();
        assertThat(without.rulesNotApplicable()).containsAll(rppsRules);
        assertThat(without.rulesNeedingRpps()).containsExactlyElementsOf(rppsRules);
        assertThat(without.structures()).allMatch(s -> s.staff() == null);
        assertThat(with.rulesApplied().size() + with.rulesNotApplicable().size())
                .isEqualTo(TestPacks.pack().rules().size());
    }

    @Test
    void theFullPackOnTheRppsFactsWouldReportWhatNoExtractKnows() {
        // Why the rules of applicableWithRpps are few: on the full pack, the rules reading the role, the card
        // or the establishment administrator fire on the facts' "absent" values.
        ExtractReference reference = ExtractReference.of(TestPacks.pack());
        RppsActivity educator = new RppsActivity(2, "0", "931234567", "0931234567", null, null, null, null, "51",
                "Éducateur spécialisé", "C", "Civil", null, null, null, "S", "Salarié", "930000013", null, null, "93", null);
        RppsActivity nurse = new RppsActivity(3, "8", "10000000009", "810000000009", null, null, null, null, "60",
                "Infirmier", "C", "Civil", null, null, null, "S", "Salarié", "930000013", null, null, "93", null);
        SelectedEstablishment ehpad = new SelectedEstablishment(
                TestRecords.establishment("930000013", "EHPAD", "500", "93"),
                List.of(TestRecords.mailbox(MailboxType.ORG, "accueil@ehpad-erables.mssante.fr", "930000013")),
                List.of(educator, nurse), 0);
        List<Practitioners.Person> people = Practitioners.of(ehpad.activities(), reference);
        List<String> full = new RuleEngine(TestPacks.pack()).run(DirectoryFacts.of(ehpad, "EHPAD", people)).findings()
                .stream().map(Finding::ruleId).toList();
        List<String> restricted = new DirectoryRuleRun(TestPacks.pack(), DirectoryReference.of(TestPacks.pack()),
                TestPacks.pack().reference(), true).check(ehpad, people).findings().stream().map(Finding::ruleId).toList();

        assertThat(full).contains("PRO-NO-ESTABLISHMENT-ADMIN", "BAL-OPERATOR-MISSING", "PRO-SOCIAL-NOT-REGISTERED");
        assertThat(restricted).containsExactly("PRO-SOCIAL-NOT-REGISTERED");
    }

    @Test
    void aPersonalMailboxBelongsToThePersonWhoseNationalIdItGives() {
        ExtractReference reference = ExtractReference.of(TestPacks.pack());
        RppsActivity nurse = new RppsActivity(5, "8", "10000000009", "810000000009", null, null, null, null, "60",
                "Infirmier", null, null, null, null, null, null, null, "930000013", null, null, null, null);
        List<Practitioners.Person> people = Practitioners.of(List.of(nurse), reference);
        fr.mssante.advisor.extract.MailboxRecord hers = new fr.mssante.advisor.extract.MailboxRecord(2, MailboxType.PER,
                "a@b.mssante.fr", "8", "10000000009", "810000000009", "1", "930000013", "930000013", null, null, null,
                null, null, null, null, null, null, null);
        fr.mssante.advisor.extract.MailboxRecord other = new fr.mssante.advisor.extract.MailboxRecord(3, MailboxType.PER,
                "c@d.mssante.fr", "8", "10000000017", "810000000017", "1", "930000013", "930000013", null, null, null,
                null, null, null, null, null, null, null);

        assertThat(Practitioners.ownerOf(hers, people)).map(Practitioners.Person::id).contains("RPPS:L5");
        assertThat(Practitioners.ownerOf(other, people)).isEmpty();
        assertThat(people.get(0).toString()).doesNotContain("10000000009");
    }
}
