package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s refusals before anything listens: an address others can reach without a token, a token
 * too short or unreadable, a port out of range, a rule folder that is not there. Each is bad usage (2), in
 * French first.
 */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aNonLoopbackAddressWithoutATokenIsRefused() {
        InProcess run = InProcess.run("serve", "--bind", "0.0.0.0", "--port", "0").assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Erreur d'utilisation", "rend le service joignable depuis d'autres machines",
                "--token-file", "127.0.0.1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aTokenTooShortOrMissingIsRefused() throws IOException {
        Path shortToken = Files.writeString(tmp.resolve("token"), "abc\n");
        InProcess tooShort = InProcess.run("serve", "--bind", "0.0.0.0", "--port", "0", "--token-file", shortToken);
        assertThat(tooShort.status()).isEqualTo(2);
        assertThat(tooShort.err()).contains("au moins 16 caractères", "openssl rand -hex 32");

        Path spaced = Files.writeString(tmp.resolve("spaced"), "0123456789 abcdefghij\n");
        assertThat(InProcess.run("serve", "--token-file", spaced, "--port", "0").status()).isEqualTo(2);

        InProcess missing = InProcess.run("serve", "--bind", "0.0.0.0", "--token-file", tmp.resolve("absent"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("fichier illisible").doesNotContain("Exception:");
    }

    @Test
    void badPortsAddressesAndFoldersAreBadUsage() {
        assertThat(InProcess.run("serve", "--port", "70000").err()).contains("entre 0 et 65535");
        assertThat(InProcess.run("serve", "--port", "70000").status()).isEqualTo(2);
        assertThat(InProcess.run("serve", "--bind", "nowhere.invalid", "--port", "0").err()).contains("adresse inconnue");
        assertThat(InProcess.run("serve", "--rules", tmp.resolve("absent"), "--port", "0").status()).isEqualTo(2);
        assertThat(InProcess.run("serve", "--lang", "de").status()).isEqualTo(2);
        assertThat(InProcess.run("serve", "--max-files", "0").status()).isEqualTo(2);
    }
}
