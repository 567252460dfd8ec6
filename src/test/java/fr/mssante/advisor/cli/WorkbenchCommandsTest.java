package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' commands from the command line: list, doc, explain, test and check on the shipped pack. */
class WorkbenchCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void listNamesEveryRule() throws IOException {
        assertThat(Main.run("rules", "list", "--rules", "rules", "--output", out())).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("FWD-AUTOMATIC", "WARNING", "45 règles");
    }

    @Test
    void docWritesMarkdownAndHtml() throws IOException {
        assertThat(Main.run("rules", "doc", "--rules", "rules", "--output", out())).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).startsWith("# Catalogue des règles MSSanté");
        assertThat(Main.run("rules", "doc", "--format", "html", "--lang", "en", "--output", out())).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("<html lang=\"en\">", "ECH-DOCTOLIB-NOT-MSSANTE");
        assertThat(Main.run("rules", "doc", "--format", "pdf")).isEqualTo(2);
    }

    @Test
    void explainShowsBasisFixAndAFiringExample() throws IOException {
        assertThat(Main.run("explain", "gov-deadline-near", "--rules", "rules", "--output", out())).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt")))
                .contains("GOV-DEADLINE-NEAR", "Pourquoi (FAQ)", "Comment corriger", "Exemple qui la déclenche",
                        "deadline:", "rules/governance/governance.drl:");
        assertThat(Main.run("explain", "GOV-DEADLINE-NEAR", "--lang", "en", "--output", out())).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("How to fix", "Example that fires it");
        assertThat(Main.run("explain", "GOV-DEADLINE-NAER")).isEqualTo(2);
    }

    @Test
    void testAndCheckPassOnTheShippedPack() {
        assertThat(Main.run("rules", "check", "--rules", "rules")).isZero();
        assertThat(Main.run("rules", "test", "--rules", "rules")).isZero();
    }

    private String out() {
        return tmp.resolve("out.txt").toString();
    }
}
