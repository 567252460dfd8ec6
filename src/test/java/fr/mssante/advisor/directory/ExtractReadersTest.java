package fr.mssante.advisor.directory;

import fr.mssante.advisor.pack.TrustList;
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

/** The two extraction readers on small hand-written files: encodings, ZIP, identifiers, malformed lines. */
class ExtractReadersTest {

    static final Path DIR = Path.of("src/test/resources/directory");
    static final Path FINESS = DIR.resolve("finess-small.csv");
    static final Path FINESS_LATIN1 = DIR.resolve("finess-latin1.csv");
    static final Path MSSANTE = DIR.resolve("mssante-small.txt");

    @Test
    void readsEstablishmentLinesSkipsOthersAndCountsMalformedOnes() {
        List<FinessEstablishment> read = new ArrayList<>();
        FinessExtractReader.Result r = new FinessExtractReader().read(FINESS, read::add, Progress.NONE);

        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.lines()).isEqualTo(14);
        assertThat(r.establishments()).isEqualTo(9).isEqualTo(read.size());
        assertThat(r.malformed().count()).isEqualTo(1);
        assertThat(r.malformed().firstLines()).containsExactly(5L);
        assertThat(read.get(0)).isEqualTo(new FinessEstablishment("930000013", "EHPAD LES ÉRABLES", "500",
                "Etablissement d'hébergement pour personnes âgées dépendantes", "93", "SEINE-SAINT-DENIS"));
        assertThat(read).extracting(FinessEstablishment::department).contains("2A", "75");
    }

    @Test
    void detectsLatin1AndReadsTheSameEstablishments() {
        List<FinessEstablishment> utf8 = new ArrayList<>();
        List<FinessEstablishment> latin1 = new ArrayList<>();
        new FinessExtractReader().read(FINESS, utf8::add, Progress.NONE);
        FinessExtractReader.Result r = new FinessExtractReader().read(FINESS_LATIN1, latin1::add, Progress.NONE);

        assertThat(r.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(latin1).isEqualTo(utf8); // accents decoded, CRLF line ends removed
        assertThat(r.malformed().firstLines()).containsExactly(5L);
    }

    @Test
    void readsMailboxesWithOrWithoutTheLeadingFinessTypeDigit() {
        List<MailboxLine> read = new ArrayList<>();
        MailboxExtractReader.Result r = new MailboxExtractReader().read(MSSANTE, read::add, Progress.NONE);

        assertThat(r.lines()).isEqualTo(14);
        assertThat(r.mailboxes()).isEqualTo(12).isEqualTo(read.size());
        assertThat(r.withFiness()).isEqualTo(10);
        assertThat(r.malformed().count()).isEqualTo(1);
        assertThat(r.malformed().firstLines()).containsExactly(6L);
        assertThat(r.entry()).isNull();
        assertThat(read.get(0)).isEqualTo(new MailboxLine("ORG", "accueil@ehpad-erables.mssante.fr", "930000013"));
        assertThat(read.get(2)).isEqualTo(new MailboxLine("PER", "anne.dupont@gmail.com", "930000039"));
        // Identified by a SIRET, or by nothing: no FINESS to join on.
        assertThat(read).filteredOn(m -> m.finess() == null).extracting(MailboxLine::type).containsExactly("PER", "CAB");
    }

    @Test
    void readsTheFirstTextFileOfAZip(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("Extraction.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("LISEZMOI.pdf"));
            out.write(new byte[] {1, 2, 3});
            out.putNextEntry(new ZipEntry("Extraction_Correspondance_MSSante_202503010400.txt"));
            out.write(Files.readAllBytes(MSSANTE));
        }
        List<MailboxLine> fromZip = new ArrayList<>();
        List<MailboxLine> plain = new ArrayList<>();
        MailboxExtractReader.Result r = new MailboxExtractReader().read(zip, fromZip::add, Progress.NONE);
        new MailboxExtractReader().read(MSSANTE, plain::add, Progress.NONE);

        assertThat(r.entry()).isEqualTo("Extraction_Correspondance_MSSante_202503010400.txt");
        assertThat(fromZip).isEqualTo(plain);
        assertThat(r.malformed().firstLines()).containsExactly(6L);
    }

    @Test
    void aZipWithoutTextFileOrAMissingFileIsAnInputErrorNamingTheFile(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("vide.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notice.pdf"));
            out.write(1);
        }
        assertThatThrownBy(() -> new MailboxExtractReader().read(zip, m -> { }, Progress.NONE))
                .isInstanceOf(ExtractException.class).hasMessageContaining("vide.zip").hasMessageContaining(".txt");
        assertThatThrownBy(() -> new FinessExtractReader().read(tmp.resolve("absent.csv"), e -> { }, Progress.NONE))
                .isInstanceOf(ExtractException.class).hasMessageContaining("absent.csv")
                .hasMessageContaining("introuvable");
    }

    @Test
    void finessOfAcceptsBothWritings() {
        assertThat(MailboxExtractReader.finessOf("1930000013")).isEqualTo("930000013");
        assertThat(MailboxExtractReader.finessOf(" 930000013 ")).isEqualTo("930000013");
        assertThat(MailboxExtractReader.finessOf("")).isNull();
    }

    @Test
    void theSmallWhitelistFixtureReadsInLowerCase() throws Exception {
        TrustList list = TrustList.read(DIR.resolve("trust-list-small.xml"));
        assertThat(list.domains()).hasSize(5).contains("infirmier.mssante.fr", "ehpad-erables.mssante.fr");
        assertThat(list.generatedAt()).isEqualTo("2025-03-13T14:54:10Z");
    }
}
