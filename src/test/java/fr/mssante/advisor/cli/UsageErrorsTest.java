package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad usage as a user meets it: status 2, one line {@code Erreur d'utilisation / usage error: …} in
 * French first, then the way to the right help; never the usage on standard output with status 0.
 */
class UsageErrorsTest {

    private static final String USAGE_ERROR = "Erreur d'utilisation / usage error: ";

    @TempDir
    Path dir;

    @Test
    void noCommandIsBadUsageWithTheUsageOnStandardError() {
        InProcess r = InProcess.run().assertNoStackTrace();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(USAGE_ERROR + "commande manquante / missing command (audit, init, directory, rules")
                .contains("usage: mssante-advisor", "Conseiller de conformité MSSanté");
    }

    @Test
    void rulesWithoutSubcommandIsBadUsage() {
        InProcess r = InProcess.run("rules");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(USAGE_ERROR + "sous-commande manquante / missing subcommand (check, test, list,"
                + " doc, export, watch)").contains("usage: mssante-advisor rules");
    }

    @Test
    void helpAndVersionAreNotErrors() {
        InProcess help = InProcess.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Utilisation / usage: mssante-advisor", "audit", "rules",
                "Affiche cette aide", "Commandes / commands:");
        assertThat(InProcess.run("rules", "check", "--help").out()).as("subcommands share the French help texts")
                .contains("Utilisation / usage: mssante-advisor rules check", "Affiche cette aide");
        assertThat(help.err()).isEmpty();
        assertThat(InProcess.run("-h").status()).isZero();
        assertThat(InProcess.run("rules", "--help").status()).isZero();
        InProcess version = InProcess.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("mssante-advisor ");
    }

    @Test
    void unknownOptionInFrenchThenPicocli() {
        InProcess r = InProcess.run("audit", "--bogus", "x.yaml").assertNoStackTrace();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(USAGE_ERROR + "option inconnue : --bogus / Unknown option: '--bogus'")
                .contains("Aide / help: java -jar mssante-advisor.jar audit --help");
        assertThat(InProcess.run("audit", "--formt", "json", "x.yaml").err())
                .contains("Vouliez-vous dire / did you mean: --format ?");
    }

    @Test
    void missingParameterAndOptionInFrench() {
        assertThat(InProcess.run("audit").err())
                .contains(USAGE_ERROR + "paramètre obligatoire absent : FILE_OR_DIR / Missing required parameter:"
                        + " 'FILE_OR_DIR'");
        assertThat(InProcess.run("directory", "--finess", "f.csv").err())
                .contains(USAGE_ERROR + "option obligatoire absente : --mssante / Missing required option");
        InProcess noValue = InProcess.run("rules", "check", "--rules");
        assertThat(noValue.status()).isEqualTo(2);
        assertThat(noValue.err()).contains(USAGE_ERROR + "valeur manquante après l'option --rules / Missing required"
                + " parameter for option '--rules'");
    }

    @Test
    void unknownCommandAndExtraArgumentInFrench() {
        InProcess unknown = InProcess.run("adit");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains(USAGE_ERROR + "commande inconnue : adit / Unmatched argument at index 0:"
                + " 'adit'").contains("did you mean: audit").contains("Aide / help: java -jar mssante-advisor.jar --help");
        assertThat(InProcess.run("rules", "chek").err()).contains("commande inconnue : chek", "did you mean: check");
        assertThat(InProcess.run("rules", "check", "extra").err())
                .contains(USAGE_ERROR + "argument en trop : extra / Unmatched argument at index 2: 'extra'");
    }

    @Test
    void optionGivenTwiceInFrench() {
        InProcess r = InProcess.run("audit", "--lang", "fr", "--lang", "en", "x.yaml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(USAGE_ERROR + "option donnée plusieurs fois : --lang (une seule valeur acceptée)"
                + " / option '--lang' (fr|en) should be specified only once");
    }

    @Test
    void theHelpHintNamesTheSubcommandAsTyped() {
        InProcess r = InProcess.run("rules", "check", "--bogus");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Aide / help: java -jar mssante-advisor.jar rules check --help")
                .doesNotContain("mssante-advisor.jar check");
    }

    @Test
    void rulesFolderThatIsNotThereIsBadUsageCheckedBeforeLoading() throws IOException {
        InProcess missing = InProcess.run("rules", "check", "--rules", dir.resolve("absent"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains(USAGE_ERROR + "--rules « " + dir.resolve("absent")
                + " » : dossier introuvable / folder not found").doesNotContain("inutilisable");
        Path file = Files.writeString(dir.resolve("rules.txt"), "not a folder");
        InProcess notFolder = InProcess.run("audit", "--rules", file, file);
        assertThat(notFolder.status()).isEqualTo(2);
        assertThat(notFolder.err()).contains("ce n'est pas un dossier / not a folder");
        for (String command : new String[] {"test", "list", "doc"}) {
            assertThat(InProcess.run("rules", command, "--rules", dir.resolve("absent")).status()).as(command).isEqualTo(2);
        }
        assertThat(InProcess.run("explain", "FWD-AUTOMATIC", "--rules", dir.resolve("absent")).status()).isEqualTo(2);
    }

    @Test
    void rulesFolderWhoseRulesDoNotCompileStaysStatusThree() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.yaml"), "name: vide\n");
        Files.writeString(pack.resolve("broken.drl"), "package rules.broken;\nrule \"x\" when this is not DRL ((\n");
        InProcess r = InProcess.run("rules", "check", "--rules", pack).assertNoStackTrace();
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("Le paquet de règles est inutilisable / the rule pack cannot be used");
    }
}
