package fr.mssante.advisor.extract.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.extract.FinessEstablishment;
import fr.mssante.advisor.extract.FinessReader;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReader;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.RppsActivity;
import fr.mssante.advisor.extract.RppsReader;
import fr.mssante.advisor.extract.RppsReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic extracts: seeded, in the published forms, covering every quirk of public-extracts.md,
 * and read back by the readers exactly as written (counts of each deliberate quirk included).
 */
class SyntheticExtractsTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static SyntheticExtracts.Written write(Path dir, SyntheticExtracts.Options options) throws IOException {
        return new SyntheticExtracts(options).write(dir);
    }

    private static SyntheticExtracts.Options small() {
        return SyntheticExtracts.Options.of(2000, 12000, 16000, 11);
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        SyntheticExtracts.Written first = write(a, small());
        SyntheticExtracts.Written second = write(b, small());
        for (Path[] pair : new Path[][] {{first.finessCsv(), second.finessCsv()}, {first.finessJson(), second.finessJson()},
            {first.mailboxes(), second.mailboxes()}, {first.rpps(), second.rpps()}}) {
            assertThat(Files.readAllBytes(pair[0])).isEqualTo(Files.readAllBytes(pair[1]));
        }
    }

    @Test
    void theReadersSeeWhatTheGeneratorWrote(@TempDir Path dir) throws IOException {
        SyntheticExtracts.Written w = write(dir, small());
        List<FinessEstablishment> csv = new ArrayList<>();
        FinessReading c = new FinessReader(Progress.NONE).read(w.finessCsv(), csv::add);
        List<FinessEstablishment> json = new ArrayList<>();
        FinessReading j = new FinessReader(Progress.NONE).read(w.finessJson(), json::add);
        List<MailboxRecord> mailboxes = new ArrayList<>();
        MailboxReading m = new MailboxReader(Progress.NONE).read(w.mailboxes(), mailboxes::add);
        List<RppsActivity> activities = new ArrayList<>();
        RppsReading r = new RppsReader(Progress.NONE).read(w.rpps(), activities::add);

        assertThat(c.establishments()).isEqualTo(w.csvLines() - w.csvMalformed());
        assertThat(c.malformed().count()).isEqualTo(w.csvMalformed());
        assertThat(c.geolocations()).isEqualTo(w.csvLines());
        assertThat(j.establishments()).isEqualTo(w.establishments() - w.jsonMalformed());
        assertThat(j.malformed().count()).isEqualTo(w.jsonMalformed());
        assertThat(json.stream().filter(e -> !e.isOpenOn(TODAY)).count()).isPositive()
                .isLessThanOrEqualTo(w.closed());
        assertThat(m.mailboxes() + m.malformed().count()).isEqualTo(w.mailboxLines());
        assertThat(m.malformed().count()).isEqualTo(w.mailboxMalformed());
        assertThat(r.activities() + r.malformed().count()).isEqualTo(w.rppsLines());
        assertThat(r.malformed().count()).isEqualTo(w.rppsMalformed());
        assertThat(r.columns()).isEqualTo(56);

        // Both publications describe the same open establishments, in the same departments.
        Map<String, String> csvDepartments = new HashMap<>();
        csv.forEach(e -> csvDepartments.put(e.finess(), e.department()));
        json.stream().filter(e -> e.isOpenOn(TODAY) && csvDepartments.containsKey(e.finess()))
                .forEach(e -> assertThat(e.department()).as(e.finess()).isEqualTo(csvDepartments.get(e.finess())));

        // EHPAD is the largest ESSMS category; every mailbox type but CAB at an establishment; some links to the RPPS.
        Map<String, Integer> byCategory = new HashMap<>();
        csv.forEach(e -> byCategory.merge(e.categoryCode(), 1, Integer::sum));
        assertThat(byCategory.get("500")).isGreaterThan(byCategory.getOrDefault("460", 0));
        assertThat(mailboxes).extracting(MailboxRecord::type).contains(MailboxType.PER, MailboxType.ORG, MailboxType.APP);
        assertThat(mailboxes).anyMatch(b -> b.address().endsWith("@gmail.com") || b.address().endsWith("@orange.fr"));
        assertThat(mailboxes).anyMatch(b -> b.finess() == null);
        Set<String> atSites = new HashSet<>();
        activities.stream().filter(a -> a.finessSite() != null && a.rpps() != null)
                .forEach(a -> atSites.add(a.rpps() + "@" + a.finessSite()));
        assertThat(mailboxes).anyMatch(b -> b.rpps() != null && atSites.contains(b.rpps() + "@" + b.finess()));
        assertThat(activities).anyMatch(a -> a.finessSite() == null).anyMatch(a -> a.adeli() != null);
    }

    @Test
    void everyQuirkOfTheSpecAppears(@TempDir Path dir) throws IOException {
        SyntheticExtracts.Written w = write(dir, small());
        String csv = Files.readString(w.finessCsv(), StandardCharsets.UTF_8);
        String json = Files.readString(w.finessJson(), StandardCharsets.UTF_8);
        String mailboxes = Files.readString(w.mailboxes(), StandardCharsets.UTF_8);
        String rpps = Files.readString(w.rpps(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("finess;etalab;").contains("\"\"", "geolocalisation;", ";9A;", ";2A;");
        assertThat(json).contains("\"informationsGeneralesPMEJ\" : {", "\"informationsGeneralesPmej\" : {",
                "\"categorieentiteGeographiqueExercice\" : \"", "\"categorieEntiteGeographiqueExercice\" : {",
                "\"code\" : \"", "\"etatObjet\" : \"I\"", "\"dateFermeture\"", "\"cogCommune\" : \"97", "\"cogCommune\" : \"2A");
        assertThat(mailboxes.lines().findFirst().orElseThrow()).endsWith("|Pays structure BAL|");
        assertThat(mailboxes.lines().skip(1).filter(l -> l.endsWith("|")).count()).isPositive();
        assertThat(mailboxes.lines().skip(1).filter(l -> !l.endsWith("|")).count()).isPositive();
        assertThat(w.mailboxRepeats()).isPositive();
        assertThat(mailboxes).contains("|1|1", "CAB|");
        assertThat(rpps.lines().allMatch(l -> l.endsWith("|"))).isTrue();
        assertThat(w.csvMalformed() + w.jsonMalformed() + w.mailboxMalformed() + w.rppsMalformed()).isPositive();
    }

    @Test
    void windows1252ZipCrlfBomAndTheOlderRppsLayoutsAreReadBack(@TempDir Path dir) throws IOException {
        for (int year : new int[] {2018, 2021}) {
            Path sub = dir.resolve(String.valueOf(year));
            SyntheticExtracts.Written w = write(sub, new SyntheticExtracts.Options(800, 3000, 4000, 5, List.of(), true,
                    true, true, true, SyntheticExtracts.TrailingPipe.ALL, year));
            List<FinessEstablishment> csv = new ArrayList<>();
            FinessReading c = new FinessReader(Progress.NONE).read(w.finessCsv(), csv::add);
            MailboxReading m = new MailboxReader(Progress.NONE).read(w.mailboxes(), b -> { });
            List<RppsActivity> activities = new ArrayList<>();
            RppsReading r = new RppsReader(Progress.NONE).read(w.rpps(), activities::add);

            assertThat(c.charset().name()).isEqualTo("windows-1252");
            assertThat(csv).anyMatch(e -> e.name().contains("Œ") || e.name().contains("’") || e.name().contains("É"));
            assertThat(m.zipEntry()).isEqualTo(SyntheticExtracts.MAILBOX_FILE);
            assertThat(m.malformed().count()).isEqualTo(w.mailboxMalformed());
            assertThat(r.columns()).isEqualTo(year == 2018 ? 48 : 52);
            assertThat(r.malformed().count()).isEqualTo(w.rppsMalformed());
            assertThat(activities).allMatch(a -> a.lastName() != null && a.professionCode() != null);
            assertThat(activities).anyMatch(a -> a.modeCode() != null && a.modeCode().equals("S"));
        }
    }
}
