package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clearly wrong file is named as what it looks like (public-extracts.md, general rules): never read
 * as an empty extract. The command line turns these into exit status 2 (DirectoryCommandTest).
 */
class WrongFilesTest {

    static final Path MAILBOXES = MailboxReaderTest.FILE;
    static final Path RPPS = RppsReaderTest.FILE;
    static final Path FINESS = FinessReaderTest.CSV;

    private static AbstractThrowableAssert<?, ? extends Throwable> wrong(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        return assertThatThrownBy(read).isInstanceOf(ExtractException.class)
                .satisfies(e -> assertThat(((ExtractException) e).kind()).isEqualTo(ExtractException.Kind.WRONG_FILE));
    }

    @Test
    void theMailboxFileGivenAsFinessSaysWhatItIs() {
        wrong(() -> new FinessReader(Progress.NONE).read(MAILBOXES, e -> { }))
                .hasMessageContaining("n'est pas l'extraction FINESS")
                .hasMessageContaining("ressemble à l'extraction des boîtes MSSanté de l'Annuaire Santé");
    }

    @Test
    void theRppsFileGivenAsMailboxesSaysWhatItIs() {
        wrong(() -> new MailboxReader(Progress.NONE).read(RPPS, m -> { }))
                .hasMessageContaining("ressemble à l'extraction RPPS des activités");
        wrong(() -> new RppsReader(Progress.NONE).read(MAILBOXES, a -> { }))
                .hasMessageContaining("n'est pas l'extraction RPPS des activités");
    }

    @Test
    void aZipWhereTextIsExpectedSaysWhatItHolds(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("PS_LibreAcces.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("PS_LibreAcces_Personne_activite_202601010000.txt"));
            out.write(Files.readAllBytes(RPPS));
        }
        wrong(() -> new RppsReader(Progress.NONE).read(zip, a -> { }))
                .hasMessageContaining("une archive ZIP qui contient l'extraction RPPS des activités")
                .hasMessageContaining("décompressez-la");
        wrong(() -> new FinessReader(Progress.NONE).read(zip, e -> { })).hasMessageContaining("archive ZIP");
    }

    @Test
    void aZipWithoutTextOrWithSeveralTextsIsNamedAsSuch(@TempDir Path tmp) throws IOException {
        Path none = tmp.resolve("vide.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(none))) {
            out.putNextEntry(new ZipEntry("notice.pdf"));
            out.write(1);
            out.putNextEntry(new ZipEntry("logo.png"));
            out.write(2);
        }
        Path two = tmp.resolve("deux.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(two))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(Files.readAllBytes(MAILBOXES));
            out.putNextEntry(new ZipEntry("b.txt"));
            out.write(Files.readAllBytes(MAILBOXES));
        }
        wrong(() -> new MailboxReader(Progress.NONE).read(none, m -> { })).hasMessageContaining("vide.zip")
                .hasMessageContaining("aucun fichier .txt").hasMessageContaining("notice.pdf, logo.png");
        wrong(() -> new MailboxReader(Progress.NONE).read(two, m -> { }))
                .hasMessageContaining("plusieurs fichiers .txt (a.txt, b.txt)");
    }

    @Test
    void linesWithoutTheirHeaderAreNotTheExpectedFile() {
        wrong(() -> new MailboxReader(Progress.NONE).read(MailboxReaderTest.DIR.resolve("mailboxes-without-header.txt"),
                m -> { })).hasMessageContaining("des lignes de boîtes MSSanté sans la ligne d'en-tête");
    }

    @Test
    void noExpectedHeaderAtAllAndOtherFilesAreNamed(@TempDir Path tmp) throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.txt"), "Bonjour,\nvoici les fichiers.\n");
        Path empty = Files.writeString(tmp.resolve("vide.txt"), "");
        Path pdf = Files.write(tmp.resolve("extraction.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1});
        Path setup = Path.of("samples").resolve(Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".yaml"))
                .findFirst().orElseThrow().getFileName());
        Path xml = Path.of("src/test/resources/directory/trust-list-small.xml");
        wrong(() -> new MailboxReader(Progress.NONE).read(text, m -> { })).hasMessageContaining("aucune extraction connue");
        wrong(() -> new RppsReader(Progress.NONE).read(empty, a -> { })).hasMessageContaining("un fichier vide");
        wrong(() -> new FinessReader(Progress.NONE).read(pdf, e -> { })).hasMessageContaining("binaire");
        wrong(() -> new FinessReader(Progress.NONE).read(setup, e -> { })).hasMessageContaining("fichier de configuration");
        wrong(() -> new FinessReader(Progress.NONE).read(xml, e -> { })).hasMessageContaining("XML");
    }

    @Test
    void aSpreadsheetIsNotThePublishedText(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("finess.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes());
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes());
        }
        wrong(() -> new FinessReader(Progress.NONE).read(xlsx, e -> { })).hasMessageContaining("classeur");
    }

    @Test
    void swappedArgumentsAreNamedAsSwappedBeforeAnythingIsRead() {
        ExtractSelector selector = new ExtractSelector(new ExtractReference(java.util.Map.of(), java.util.Map.of()),
                java.time.LocalDate.now(), Progress.NONE);
        assertThatThrownBy(() -> selector.select(new Extracts(MAILBOXES, FINESS, null), Selection.area(List.of(), List.of())))
                .isInstanceOf(ExtractException.class).hasMessageContaining("--finess et --mssante semblent inversés")
                .satisfies(e -> assertThat(((ExtractException) e).message(Lang.EN))
                        .contains("--finess and --mssante look swapped"));
        assertThatThrownBy(() -> selector.select(new Extracts(FINESS, RPPS, MAILBOXES), Selection.area(List.of(), List.of())))
                .hasMessageContaining("--mssante et --rpps semblent inversés");
    }

    @Test
    void aMissingFileOrAFolderIsUnreadableWithItsName(@TempDir Path tmp) {
        assertThatThrownBy(() -> new FinessReader(Progress.NONE).read(tmp.resolve("absent.csv"), e -> { }))
                .isInstanceOf(ExtractException.class).hasMessageContaining("absent.csv : fichier introuvable")
                .satisfies(e -> assertThat(((ExtractException) e).message(Lang.EN)).contains("file not found"));
        assertThatThrownBy(() -> new MailboxReader(Progress.NONE).read(tmp, m -> { })).hasMessageContaining("dossier");
    }
}
