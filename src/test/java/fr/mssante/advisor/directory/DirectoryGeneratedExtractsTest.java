package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.extract.MailboxReader;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.RppsReader;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.extract.synthetic.SyntheticExtracts;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code directory --rpps} on the generator's three extracts (both FINESS publications; Corsica and an
 * overseas department among the departments), checked against the extracts read on their own: each
 * establishment's professionals are the distinct persons of its RPPS activities, and each personal
 * mailbox whose holder does not practise there with an RPPS number is reported.
 */
class DirectoryGeneratedExtractsTest {

    @TempDir
    static Path dir;
    private static SyntheticExtracts.Written written;
    private static Dashboard fromJson;
    private static Dashboard fromCsv;

    @BeforeAll
    static void generate() throws IOException {
        written = new SyntheticExtracts(new SyntheticExtracts.Options(800, 4000, 16000, 5, List.of("93", "2A", "974"),
                false, false, false, false, SyntheticExtracts.TrailingPipe.MIXED, 2025)).write(dir);
        fromJson = make(written.finessJson());
        fromCsv = make(written.finessCsv());
    }

    private static Dashboard make(Path finess) {
        Dashboard d = DirectoryDashboard.make(TestPacks.pack(), new DirectoryDashboard.Request(finess,
                written.mailboxes(), written.rpps(), null, List.of(), List.of(), Lang.FR), Progress.NONE);
        assertThat(d.ruleFailures()).isEmpty();
        return d;
    }

    @Test
    void eachEstablishmentHasTheDistinctPersonsOfItsRppsActivities() {
        Map<String, Set<String>> persons = new HashMap<>();
        new RppsReader(Progress.NONE).read(written.rpps(), a -> {
            if (a.finessSite() != null) {
                persons.computeIfAbsent(a.finessSite(), k -> new HashSet<>()).add(a.nationalId());
            }
        });
        assertThat(fromJson.structures()).isNotEmpty().allSatisfy(s -> assertThat(s.staff().people()).as(s.finess())
                .isEqualTo(persons.getOrDefault(s.finess(), Set.of()).size()));
        assertThat(fromJson.structures()).anyMatch(s -> s.staff().people() > 1);
        assertThat(fromJson.departments()).allSatisfy(a -> assertThat(a.professionals()).isEqualTo(fromJson.structures()
                .stream().filter(s -> s.department().equals(a.code())).mapToLong(s -> s.staff().people()).sum()));
    }

    @Test
    void establishmentsWithoutAQualifiedProfessionalAreThoseTheRuleReports() {
        int reported = (int) fromJson.structures().stream().filter(s -> s.findings().stream()
                .anyMatch(f -> f.ruleId().equals("ELIG-NO-QUALIFIED-PROFESSIONAL"))).count();
        assertThat(fromJson.total().withoutQualified()).isPositive().isEqualTo(reported);
        assertThat(fromJson.structures()).filteredOn(s -> s.staff().qualified() == 0)
                .allMatch(s -> s.findings().stream().noneMatch(f -> f.ruleId().equals("BAL-ORG-MISSING")));
    }

    @Test
    void personalMailboxesWithoutAnOwnerPractisingThereWithAnRppsNumberAreReported() {
        Map<String, Set<String>> withRpps = new HashMap<>();
        new RppsReader(Progress.NONE).read(written.rpps(), a -> {
            if (a.finessSite() != null && a.rpps() != null) {
                withRpps.computeIfAbsent(a.finessSite(), k -> new HashSet<>()).add(a.nationalId());
            }
        });
        Set<String> inScope = fromJson.structures().stream().map(Dashboard.StructureRow::finess).collect(Collectors.toSet());
        Map<String, Set<String>> addresses = new HashMap<>();
        Map<String, Integer> expected = new HashMap<>();
        new MailboxReader(Progress.NONE).read(written.mailboxes(), (MailboxRecord m) -> {
            if (m.finess() == null || !inScope.contains(m.finess())
                    || !addresses.computeIfAbsent(m.finess(), k -> new HashSet<>()).add(m.address().toLowerCase(Locale.ROOT))) {
                return;
            }
            if (m.type() == MailboxType.PER && !withRpps.getOrDefault(m.finess(), Set.of()).contains(m.nationalPpId())) {
                expected.merge(m.finess(), 1, Integer::sum);
            }
        });
        Map<String, Integer> reported = new HashMap<>();
        fromJson.structures().forEach(s -> s.findings().stream().filter(f -> f.ruleId().equals("BAL-PER-WITHOUT-RPPS"))
                .forEach(f -> reported.merge(s.finess(), 1, Integer::sum)));
        assertThat(reported).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void bothFinessPublicationsGiveTheSameProfessionalsAndTheMapDrawsEveryDepartment() {
        Map<String, Dashboard.Staff> csv = fromCsv.structures().stream()
                .collect(Collectors.toMap(Dashboard.StructureRow::finess, Dashboard.StructureRow::staff));
        fromJson.structures().stream().filter(s -> csv.containsKey(s.finess()))
                .forEach(s -> assertThat(s.staff()).as(s.finess()).isEqualTo(csv.get(s.finess())));
        assertThat(fromJson.departments()).extracting(Dashboard.Area::code).containsExactly("2A", "93", "974");
        String html = new DashboardHtmlRenderer().render(fromJson, Lang.FR);
        RateScale scale = RateScale.of(fromJson.departments().stream().map(Dashboard.Area::equipmentRate).toList());
        for (Dashboard.Area a : fromJson.departments()) {
            assertThat(html).contains("<path data-dep=\"" + a.code() + "\" fill=\"" + scale.colourOf(a.equipmentRate()) + "\"");
        }
        // The generator writes professions the reference data leaves out on purpose (dentists, podiatrists…).
        assertThat(fromJson.inputs().read().unmapped()).anyMatch(u -> u.kind() == UnmappedCode.Kind.RPPS_PROFESSION
                && u.label() != null);
    }
}
