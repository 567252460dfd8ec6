package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Annuaire Santé mailbox extraction as published (public-extracts.md §1), one test per quirk, on
 * the hand-written fixtures of {@code src/test/resources/extract/mailboxes}.
 */
class MailboxReaderTest {

    static final Path DIR = Path.of("src/test/resources/extract/mailboxes");
    static final Path FILE = DIR.resolve("Extraction_Correspondance_MSSante_202608010400.txt");

    static List<MailboxRecord> read(Path file, MailboxReading[] reading) {
        List<MailboxRecord> out = new ArrayList<>();
        reading[0] = new MailboxReader(Progress.NONE).read(file, out::add);
        return out;
    }

    @Test
    void pipeSeparatedUtf8WithOneHeaderOf31Columns() {
        MailboxReading[] r = new MailboxReading[1];
        List<MailboxRecord> read = read(FILE, r);

        assertThat(r[0].columns()).isEqualTo(31);
        assertThat(r[0].charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r[0].lines()).isEqualTo(16);
        assertThat(r[0].mailboxes()).isEqualTo(read.size()).isEqualTo(10);
        assertThat(r[0].zipEntry()).isNull();
        assertThat(r[0].publishedOn()).hasToString("2026-08-01");
        MailboxRecord per = read.get(1);
        assertThat(per.line()).isEqualTo(3);
        assertThat(per.type()).isEqualTo(MailboxType.PER);
        assertThat(per.address()).isEqualTo("marie.martin@ehpad-erables.mssante.fr");
        assertThat(List.of(per.lastName(), per.firstName(), per.professionCode(), per.professionLabel(), per.structureName()))
                .containsExactly("MARTIN", "Marie", "60", "Infirmier", "EHPAD LES ÉRABLES");
        assertThat(per.toString()).doesNotContain("MARTIN", "marie", "10000000012");
    }

    @Test
    void trailingPipeThirtyOneOrThirtyTwoFieldsWithAnEmptyLastAreTheSameLine() {
        MailboxReading[] r = new MailboxReading[1];
        List<MailboxRecord> read = read(FILE, r);

        // Line 2 ends with "|" (32 fields, the last empty), line 4 does not (31): both read, same columns.
        assertThat(read).filteredOn(m -> m.line() == 2 || m.line() == 4)
                .extracting(MailboxRecord::service).containsExactly("Accueil", "Accueil");
        // Line 11 has a 32nd field that is not empty: not the same line, malformed.
        assertThat(r[0].malformed().firstLines()).contains(11L);
    }

    @Test
    void perAndOrgAndAlsoAppAndCabTypes() {
        List<MailboxRecord> read = read(FILE, new MailboxReading[1]);
        assertThat(read).extracting(MailboxRecord::type).contains(MailboxType.PER, MailboxType.ORG, MailboxType.APP,
                MailboxType.CAB);
    }

    @Test
    void malformedLinesAreCountedWithTheirNumbersNeverFatal() {
        MailboxReading[] r = new MailboxReading[1];
        read(FILE, r);
        // 10: too few fields; 11: a non-empty 32nd field; 12: unknown type XYZ; 15: no address. The blank last line is no line.
        assertThat(r[0].malformed().count()).isEqualTo(4);
        assertThat(r[0].malformed().firstLines()).containsExactly(10L, 11L, 12L, 15L);
    }

    @Test
    void identificationStructureIsAFinessWithOrWithoutTheLeadingOne() {
        List<MailboxRecord> read = read(FILE, new MailboxReading[1]);
        assertThat(read).filteredOn(m -> m.line() == 2).extracting(MailboxRecord::finess).containsExactly("930000013");
        assertThat(read).filteredOn(m -> m.line() == 4).extracting(MailboxRecord::finess).containsExactly("930000013");
        assertThat(read).filteredOn(m -> m.line() == 14).extracting(MailboxRecord::finess).containsExactly("2A0000008");
        // Only type 1 is a FINESS: a SIRET (3) or an RPPS cabinet (4) identifies no establishment.
        assertThat(read).filteredOn(m -> m.finess() == null).extracting(MailboxRecord::line).containsExactly(7L, 13L);
        assertThat(MailboxFormat.finessOf(" 930000013 ")).isEqualTo("930000013");
        assertThat(MailboxFormat.finessOf("")).isNull();
    }

    @Test
    void identificationNationalePpIsEightPlusRppsOrZeroPlusAdeli() {
        List<MailboxRecord> read = read(FILE, new MailboxReading[1]);
        MailboxRecord rpps = read.stream().filter(m -> m.line() == 3).findFirst().orElseThrow();
        MailboxRecord adeli = read.stream().filter(m -> m.line() == 5).findFirst().orElseThrow();
        assertThat(rpps.nationalPpId()).isEqualTo("810000000012");
        assertThat(rpps.rpps()).isEqualTo("10000000012");
        assertThat(adeli.nationalPpId()).isEqualTo("0751234567");
        assertThat(adeli.rpps()).isNull();
    }

    @Test
    void theSameAddressOnSeveralLinesIsReadAsPublished() {
        // Folding is per establishment, in the selection (ExtractSelectorTest); the reader hands on every line.
        List<MailboxRecord> read = read(FILE, new MailboxReading[1]);
        assertThat(read).extracting(m -> m.address().toLowerCase()).filteredOn("accueil@ehpad-erables.mssante.fr"::equals)
                .hasSize(2);
    }

    @Test
    void theSingleEntryOfAZipIsReadLikeTheTextFile(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("Extraction_Correspondance_MSSante.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Extraction_Correspondance_MSSante_202608010400.txt"));
            out.write(Files.readAllBytes(FILE));
        }
        MailboxReading[] z = new MailboxReading[1];
        MailboxReading[] t = new MailboxReading[1];
        assertThat(read(zip, z)).isEqualTo(read(FILE, t));
        assertThat(z[0].zipEntry()).isEqualTo("Extraction_Correspondance_MSSante_202608010400.txt");
        assertThat(z[0].publishedOn()).hasToString("2026-08-01");
        assertThat(z[0].malformed().firstLines()).isEqualTo(t[0].malformed().firstLines());
    }

    @Test
    void aZipWithAReadmeBesideTheTextFileStillHasOneTextEntry(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("avec-notice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("LISEZMOI.pdf"));
            out.write(new byte[] {'%', 'P', 'D', 'F'});
            out.putNextEntry(new ZipEntry("Extraction_Correspondance_MSSante_202608010400.txt"));
            out.write(Files.readAllBytes(FILE));
        }
        assertThat(read(zip, new MailboxReading[1])).hasSize(10);
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkReadTheSame() {
        MailboxReading[] r = new MailboxReading[1];
        assertThat(read(DIR.resolve("mailboxes-crlf-bom.txt"), r)).isEqualTo(read(FILE, new MailboxReading[1]));
        assertThat(r[0].malformed().firstLines()).containsExactly(10L, 11L, 12L, 15L);
    }

    @Test
    void columnsAreFoundByNormalisedHeaderNameInAnyOrder() {
        // Columns reordered, written in capitals, without accents, with doubled spaces.
        List<MailboxRecord> reordered = read(DIR.resolve("mailboxes-reordered-header.txt"), new MailboxReading[1]);
        List<MailboxRecord> published = read(FILE, new MailboxReading[1]).subList(0, 8);
        assertThat(reordered).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(reordered.get(i)).usingRecursiveComparison().isEqualTo(published.get(i));
        }
        assertThat(Header.normalise("Raison Sociale structure BAL")).isEqualTo("raison sociale");
        assertThat(Header.normalise("Libellé Département (structure)")).isEqualTo("libelle departement");
        assertThat(Header.normalise("Téléphone (coord. structure)")).isEqualTo("telephone");
        assertThat(Header.normalise("  TYPE DE  BAL ")).isEqualTo(Header.normalise("Type de BAL"));
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndTheClosestHeader() {
        Path file = DIR.resolve("mailboxes-missing-address-column.txt");
        assertThatThrownBy(() -> read(file, new MailboxReading[1])).isInstanceOf(ExtractException.class)
                .hasMessageContaining("mailboxes-missing-address-column.txt").hasMessageContaining("« Adresse BAL »")
                .hasMessageContaining("« Adresse mail »")
                .satisfies(e -> assertThat(((ExtractException) e).kind()).isEqualTo(ExtractException.Kind.MISSING_COLUMN));
    }
}
