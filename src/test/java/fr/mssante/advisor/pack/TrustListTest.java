package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mssante.advisor.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official whitelist as the trust space: read from the real 2025-03-13 file beside the project (never
 * copied into it), then only the domains it names are inside.
 */
class TrustListTest {

    private static final Path WHITELIST = Path.of("../shared/data/listeblanchemssante-2025-03-13.xml");

    @TempDir
    Path dir;

    @Test
    void readsTheRealWhitelistWithItsGenerationDate() throws Exception {
        assumeTrue(Files.isRegularFile(WHITELIST), "official whitelist not available beside the project");
        TrustList list = TrustList.read(WHITELIST);
        assertThat(list.generatedAt()).isEqualTo("2025-03-13T14:54:10Z");
        assertThat(list.domains()).hasSizeGreaterThan(4000)
                .contains("patient.mssante.fr", "interop-mssante.apicrypt.org", "adsea29.mssante.fr");
        assertThat(list.source()).isEqualTo(WHITELIST.toString());
    }

    @Test
    void onlyTheDomainsNamedByTheListAreInTheTrustSpace() throws Exception {
        assumeTrue(Files.isRegularFile(WHITELIST), "official whitelist not available beside the project");
        ReferenceData pack = TestPacks.pack().reference();
        ReferenceData official = pack.withTrustList(TrustList.read(WHITELIST));
        // A made-up operator domain: inside by the pack's suffix rule, outside for the official list.
        assertThat(pack.inTrustSpace("soins@ehpad-imaginaire.mssante.fr")).isTrue();
        assertThat(official.inTrustSpace("soins@ehpad-imaginaire.mssante.fr")).isFalse();
        assertThat(official.inTrustSpace("Accueil@ADSEA29.mssante.fr")).isTrue();
        assertThat(official.inTrustSpace("a@interop-mssante.apicrypt.org")).isTrue();
        assertThat(official.inTrustSpace("a@mssante.apicrypt.org")).isTrue();
        assertThat(official.inTrustSpace("a..b@ADSEA29.mssante.fr")).as("an invalid address is never inside").isFalse();
        assertThat(official.inTrustSpace("a@gmail.com")).isFalse();
        assertThat(official.isCitizenAddress("185057512345673@patient.mssante.fr")).isTrue();
    }

    @Test
    void aFileThatIsNotAWhitelistIsRefusedWithItsName() throws Exception {
        Path other = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><catalog><Nom>x</Nom></catalog>");
        assertThatThrownBy(() -> TrustList.read(other)).isInstanceOf(TrustList.Unreadable.class)
                .hasMessageContaining("other.xml").hasMessageContaining("ListeBlancheMSSante");
    }

    @Test
    void malformedXmlIsReportedWithItsPosition() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xml"),
                "<ListeBlancheMSSante>\n<ListeDomaines>\n<Domaine><Nom>a.mssante.fr</Domaine>\n");
        assertThatThrownBy(() -> TrustList.read(broken)).isInstanceOf(TrustList.Unreadable.class)
                .hasMessageContaining("broken.xml:3:").hasMessageContaining("XML");
    }

    @Test
    void aMissingFileOrAnEmptyListIsRefused() throws Exception {
        assertThatThrownBy(() -> TrustList.read(dir.resolve("absent.xml"))).hasMessageContaining("introuvable");
        Path empty = Files.writeString(dir.resolve("empty.xml"),
                "<ListeBlancheMSSante><ListeDomaines></ListeDomaines></ListeBlancheMSSante>");
        assertThatThrownBy(() -> TrustList.read(empty)).hasMessageContaining("aucun domaine");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "leaked.example.org");
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE ListeBlancheMSSante [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>&x;</Nom></Domaine></ListeDomaines>"
                + "</ListeBlancheMSSante>");
        try {
            TrustList list = TrustList.read(xxe);
            assertThat(list.domains()).doesNotContain("leaked.example.org");
        } catch (TrustList.Unreadable refused) {
            assertThat(refused.getMessage()).doesNotContain("leaked.example.org");
        }
    }
}
