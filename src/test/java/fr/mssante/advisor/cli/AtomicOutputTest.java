package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file appears whole or not at all, and no temporary file is left behind either way. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeTextInPlaceOfTheOldOne() throws IOException {
        Path report = dir.resolve("sub/dossier/rapport.json");
        AtomicOutput.write(report, "ancien");
        AtomicOutput.write(report, "nouveau, accentué");
        assertThat(Files.readString(report)).isEqualTo("nouveau, accentué");
        assertThat(filesIn(report.getParent())).isEqualTo(1);
    }

    @Test
    void aCrashInTheMiddleLeavesThePreviousReportWhole() throws IOException {
        Path report = dir.resolve("rapport.html");
        AtomicOutput.write(report, "<html>rapport complet d'hier</html>");
        assertThatThrownBy(() -> {
            try (AtomicOutput out = AtomicOutput.open(report)) {
                out.writer().write("<html>la moitié d'un rapp");
                out.writer().flush();
                throw new IllegalStateException("the JVM dies here");
            }
        }).hasMessage("the JVM dies here");
        assertThat(Files.readString(report)).isEqualTo("<html>rapport complet d'hier</html>");
        assertThat(filesIn(dir)).as("temporary file removed").isEqualTo(1);
    }

    @Test
    void theTemporaryFileIsBesideTheTargetAndHidden() throws IOException {
        Path report = dir.resolve("rapport.txt");
        try (AtomicOutput out = AtomicOutput.open(report)) {
            out.writer().write("x");
            out.writer().flush();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).singleElement().satisfies(tmp -> {
                    assertThat(tmp.getFileName().toString()).startsWith(".rapport.txt.").endsWith(".tmp");
                    assertThat(tmp.getParent()).isEqualTo(dir);
                });
            }
            assertThat(report).doesNotExist();
            out.commit();
        }
        assertThat(Files.readString(report)).isEqualTo("x");
    }

    @Test
    void theCommandLineWritesItsReportThroughIt() throws IOException {
        Path report = dir.resolve("rapport.json");
        Files.writeString(report, "{\"ancien\": true}");
        int status = Main.run("audit", "samples/ehpad-clean.yaml", "--as-of", "2026-01-15", "--format", "json",
                "--output", report.toString());
        assertThat(status).isZero();
        assertThat(Files.readString(report)).startsWith("{").contains("\"source\"").doesNotContain("ancien");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void anOutputThatCannotBeWrittenIsStatus2AndLeavesNothing() throws IOException {
        Path folder = dir.resolve("a-folder");
        Files.createDirectories(folder.resolve("rapport.json"));
        int status = Main.run("audit", "samples/ehpad-clean.yaml", "--as-of", "2026-01-15", "--output",
                folder.resolve("rapport.json").toString());
        assertThat(status).isEqualTo(2);
        assertThat(filesIn(folder)).isEqualTo(1);
    }
}
