package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic extractions: seeded, in the readers' formats, with the mix the benchmarks rely on. */
class SyntheticExtractsTest {

    private static SyntheticExtracts.Written write(Path dir, boolean latin1, boolean zip) throws IOException {
        return new SyntheticExtracts(new SyntheticExtracts.Options(2000, 20000, 11, List.of(), latin1, zip)).write(dir);
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        SyntheticExtracts.Written first = write(a, false, false);
        SyntheticExtracts.Written second = write(b, false, false);
        assertThat(Files.readAllBytes(first.finess())).isEqualTo(Files.readAllBytes(second.finess()));
        assertThat(Files.readAllBytes(first.mailboxes())).isEqualTo(Files.readAllBytes(second.mailboxes()));
    }

    @Test
    void theReadersSeeWhatTheGeneratorWrote(@TempDir Path dir) throws IOException {
        SyntheticExtracts.Written w = write(dir, false, false);
        List<FinessEstablishment> establishments = new ArrayList<>();
        FinessExtractReader.Result f = new FinessExtractReader().read(w.finess(), establishments::add, Progress.NONE);
        List<MailboxLine> mailboxes = new ArrayList<>();
        MailboxExtractReader.Result m = new MailboxExtractReader().read(w.mailboxes(), mailboxes::add, Progress.NONE);

        assertThat(f.establishments()).isEqualTo(w.establishmentLines() - w.finessMalformed());
        assertThat(f.malformed().count()).isEqualTo(w.finessMalformed());
        assertThat(m.mailboxes() + m.malformed().count()).isEqualTo(w.mailboxLines());
        assertThat(m.malformed().count()).isEqualTo(w.mailboxMalformed());
        assertThat(f.charset()).isEqualTo(StandardCharsets.UTF_8);

        // EHPAD is the largest ESSMS category; PER, ORG and APP mailboxes all appear, some outside the trust space.
        Map<String, Integer> byCategory = new HashMap<>();
        establishments.forEach(e -> byCategory.merge(e.categoryCode(), 1, Integer::sum));
        DirectoryReference ref = DirectoryReference.of(fr.mssante.advisor.TestPacks.pack());
        String largest = byCategory.entrySet().stream().filter(e -> ref.categories().containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(largest).isEqualTo("500");
        assertThat(mailboxes).extracting(MailboxLine::type).contains("PER", "ORG", "APP");
        assertThat(mailboxes).anyMatch(b -> b.address().endsWith("@gmail.com") || b.address().endsWith("@orange.fr"));
        assertThat(mailboxes).anyMatch(b -> b.finess() == null);
    }

    @Test
    void latin1AndZipOptionsAreReadBack(@TempDir Path dir) throws IOException {
        SyntheticExtracts.Written w = write(dir, true, true);
        List<FinessEstablishment> establishments = new ArrayList<>();
        FinessExtractReader.Result f = new FinessExtractReader().read(w.finess(), establishments::add, Progress.NONE);
        MailboxExtractReader.Result m = new MailboxExtractReader().read(w.mailboxes(), b -> { }, Progress.NONE);

        assertThat(f.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(establishments).anyMatch(e -> e.name().contains("É") || e.name().contains("È"));
        assertThat(m.entry()).isEqualTo(SyntheticExtracts.MAILBOX_FILE);
        assertThat(w.mailboxes().toString()).endsWith(".zip");
    }
}
