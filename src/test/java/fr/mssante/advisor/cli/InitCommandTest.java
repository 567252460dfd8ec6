package fr.mssante.advisor.cli;

import static fr.mssante.advisor.cli.InitRoundTripTest.FINESS;
import static fr.mssante.advisor.cli.InitRoundTripTest.MSSANTE;
import static fr.mssante.advisor.cli.InitRoundTripTest.RPPS;
import static fr.mssante.advisor.cli.InitRoundTripTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} as a user gets it wrong: usage, existing files, unknown codes, wrong files; no personal data said. */
class InitCommandTest {

    /** Names and numbers of the fixtures that must never reach the console. */
    private static final List<String> PERSONAL = List.of("MARTIN", "N'DIAYE", "O'BRIEN", "VERRE", "DUBOIS",
            "10000000017", "10000000074", "930012345", "Zoé", "jean.martin");

    @TempDir
    Path dir;

    private static InProcess init(Object... args) {
        List<Object> all = new ArrayList<>(List.of("init"));
        all.addAll(List.of(args));
        all.addAll(List.of("--finess", FINESS, "--mssante", MSSANTE, "--rpps", RPPS, "--as-of", "2026-09-01"));
        InProcess run = InProcess.run(all.toArray()).assertNoStackTrace();
        for (String p : PERSONAL) {
            assertThat(run.err()).as("personal data on stderr").doesNotContain(p);
        }
        return run;
    }

    @Test
    void oneSelectionAtATime() {
        assertThat(init().status()).isEqualTo(2);
        InProcess two = init("930000021", "--legal-entity", "930000013", "--out-dir", dir);
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).contains("une seule sélection à la fois");
        InProcess categories = init("930000021", "--categories", "500");
        assertThat(categories.status()).isEqualTo(2);
        assertThat(categories.err()).contains("--categories va avec --department");
        assertThat(init("--department", "93,,94", "--out-dir", dir).status()).isEqualTo(2);
    }

    @Test
    void severalEstablishmentsNeedAFolder() throws IOException {
        InProcess noDir = init("--legal-entity", "930000013");
        assertThat(noDir.status()).isEqualTo(2);
        assertThat(noDir.err()).contains("--out-dir DOSSIER");
        InProcess output = init("--department", "93", "--output", dir.resolve("x.yaml"));
        assertThat(output.status()).isEqualTo(2);
        assertThat(output.err()).contains("au lieu de --output");
        Path file = Files.writeString(dir.resolve("file"), "");
        assertThat(init("--department", "93", "--out-dir", file).err()).contains("ce n'est pas un dossier");
        assertThat(init("930000021", "--output", dir.resolve("a"), "--out-dir", dir.resolve("b")).status()).isEqualTo(2);
        assertThat(names(dir)).containsExactly("file");
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        Path out = dir.resolve("portfolio");
        Files.createDirectories(out);
        Path mine = Files.writeString(out.resolve("930000039.yaml"), "mon fichier complété\n");

        InProcess refused = init("--legal-entity", "930000013", "--out-dir", out);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(mine + " existe déjà ; rien n'a été écrit. --force pour remplacer");
        assertThat(names(out)).containsExactly("930000039.yaml");   // the others were not written either
        assertThat(Files.readString(mine)).isEqualTo("mon fichier complété\n");

        InProcess forced = init("--legal-entity", "930000013", "--out-dir", out, "--force");
        assertThat(forced.status()).isZero();
        assertThat(names(out)).containsExactly("930000021.yaml", "930000039.yaml", "930000047.yaml");
        assertThat(Files.readString(mine)).startsWith("# Configuration MSSanté de « SSIAD des Lilas »");
    }

    @Test
    void oneFileWithOutputLikewise() throws IOException {
        Path file = Files.writeString(dir.resolve("ehpad.yaml"), "déjà là\n");
        InProcess refused = init("930000021", "--output", file, "--lang", "en");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(file + " already exists; nothing was written.");
        assertThat(init("930000021", "--output", file, "--force", "-q").status()).isZero();
        assertThat(Files.readString(file)).contains("format: mssante-setup/1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ehpad.yaml");   // no temporary left
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsSaid() {
        InProcess run = init("930000021", "--output", "/proc/mssante-advisor-test/e.yaml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Impossible d'écrire /proc/mssante-advisor-test/e.yaml (");
    }

    @Test
    void unknownOrClosedFinessIsAnInputErrorNamingTheNumberOnly() {
        InProcess typo = init("930000012");   // 930000021 with its last two digits swapped
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).startsWith("Erreur de saisie : FINESS 930000012 absent de ")
                .contains("Le FINESS le plus proche dans l'extraction est 930000021.");
        assertThat(typo.out()).isEmpty();
        InProcess far = init("750000001", "--lang", "en");
        assertThat(far.err()).contains("FINESS 750000001 not in ").doesNotContain("nearest");
        InProcess entity = init("--legal-entity", "930000031", "--out-dir", dir);
        assertThat(entity.err()).contains("Le FINESS le plus proche dans l'extraction est 930000013.");

        InProcess closed = init("930000054");
        assertThat(closed.status()).isEqualTo(2);
        assertThat(closed.err()).contains("l'établissement FINESS 930000054 est fermé");

        InProcess legal = init("930000013");
        assertThat(legal.err()).contains("c'est le FINESS d'une entité juridique (--legal-entity 930000013)");

        InProcess malformed = init("93-000", "--lang", "en");
        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.err()).contains("malformed establishment FINESS \"93-000\"");

        InProcess category = init("--department", "93", "--categories", "123", "--out-dir", dir);
        assertThat(category.status()).isEqualTo(2);
        assertThat(category.err()).contains("catégorie FINESS « 123 » inconnue");
        InProcess department = init("--department", "20", "--out-dir", dir);
        assertThat(department.err()).contains("département « 20 » inconnu");
    }

    @Test
    void swappedOrMissingExtractsAreNamed() {
        InProcess swapped = InProcess.run("init", "930000021", "--finess", MSSANTE, "--mssante", FINESS).assertNoStackTrace();
        assertThat(swapped.status()).isEqualTo(2);
        assertThat(swapped.err()).startsWith("Erreur de saisie : ").contains(MSSANTE.toString());
        InProcess rppsAsMailboxes = InProcess.run("init", "930000021", "--finess", FINESS, "--mssante", RPPS)
                .assertNoStackTrace();
        assertThat(rppsAsMailboxes.status()).isEqualTo(2);
        assertThat(rppsAsMailboxes.err()).contains(RPPS.toString(), "RPPS");
        InProcess missing = InProcess.run("init", "930000021", "--finess", FINESS, "--mssante", dir.resolve("none.txt"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("fichier introuvable");
        assertThat(InProcess.run("init", "930000021", "--mssante", MSSANTE).status()).isEqualTo(2);
    }

    @Test
    void brokenReferenceDataIsAPackProblemWithItsPlace() throws IOException {
        Path pack = dir.resolve("pack");
        assertThat(InProcess.run("rules", "export", pack).status()).isZero();
        Path professions = pack.resolve("reference/rpps-professions.yaml");
        Files.writeString(professions, Files.readString(professions).replace("profession: INFIRMIER,", "profession: INFIRMIERE,"));

        InProcess run = init("930000021", "--rules", pack);
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("rpps-professions.yaml:", "INFIRMIERE", "INFIRMIER");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSummaryCountsWithoutNaming() {
        InProcess run = init("930000021", "--output", dir.resolve("e.yaml"), "--lang", "en");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("1 setup file written to " + dir.resolve("e.yaml") + ": 6 professionals,"
                        + " 6 mailboxes, 1 personal mailbox whose owner the RPPS does not list there, 1 address invalid as"
                        + " published.",
                "warning: RPPS profession 28 (Opticien-lunetier) not in reference/rpps-professions.yaml: written AUTRE"
                        + " (1 activity).");
        assertThat(init("930000021", "--output", dir.resolve("q.yaml"), "--quiet").err()).isEmpty();
    }
}
