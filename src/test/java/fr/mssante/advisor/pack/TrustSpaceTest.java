package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mssante.advisor.TestPacks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pack's trust-space reference data against the official MSSanté whitelist (read from the shared
 * data folder beside the project, never copied into it) and against tricky addresses.
 */
class TrustSpaceTest {

    private static final Path WHITELIST = Path.of("../shared/data/listeblanchemssante-2025-03-13.xml");
    private final ReferenceData ref = TestPacks.pack().reference();

    @Test
    void everyDomainOfTheOfficialWhitelistIsInTheTrustSpace() throws Exception {
        assumeTrue(Files.isRegularFile(WHITELIST), "official whitelist not available beside the project");
        List<String> domains = whitelistDomains();
        assertThat(domains).hasSizeGreaterThan(1000).contains("patient.mssante.fr", "interop-mssante.apicrypt.org");
        assertThat(domains).allSatisfy(d -> assertThat(ref.domainInTrustSpace(d)).as(d).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soins@ehpad.mssante.fr", "SOINS@EHPAD.MSSANTE.FR", "a@interop-mssante.apicrypt.org",
            "185057512345673@patient.mssante.fr", "dr.x@medecin.mssante.fr"})
    void inside(String address) {
        assertThat(ref.inTrustSpace(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@gmail.com", "a@mssante.fr", "a@mssante.fr.example.com", "a@xmssante.fr",
            "a@apicrypt.org", "not-an-address", "a@@ehpad.mssante.fr"})
    void outside(String address) {
        assertThat(ref.inTrustSpace(address)).isFalse();
        assertThat(ref.outsideTrustSpace(address)).isTrue();
    }

    @Test
    void citizenAddressesAreRecognisedWhateverTheCase() {
        assertThat(ref.isCitizenAddress("185057512345673@PATIENT.mssante.fr")).isTrue();
        assertThat(ref.isCitizenAddress("x@pro.mssante.fr")).isFalse();
    }

    @Test
    void professionGroups() {
        assertThat(ref.isQualified("EDUCATEUR_SPECIALISE")).isTrue();
        assertThat(ref.isSocialProfession("AIDE_SOIGNANT")).isTrue();
        assertThat(ref.isHealthProfession("INFIRMIER")).isTrue();
        assertThat(ref.isQualified("SECRETAIRE")).isFalse();
        assertThat(ref.isQualified("DIRECTEUR")).isFalse();
        assertThat(ref.isQualified(null)).isFalse();
    }

    /**
     * The {@code Nom} of every {@code Domaine}. The published 2025-03-13 file stops after
     * {@code </ListeDomaines>} without closing its root element, so the end of the document is
     * allowed to be malformed once every domain list has been read.
     */
    private static List<String> whitelistDomains() throws Exception {
        List<String> out = new ArrayList<>();
        boolean listClosed = false;
        try (InputStream in = Files.newInputStream(WHITELIST)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Nom")) {
                    out.add(xml.getElementText().trim());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("ListeDomaines")) {
                    listClosed = true;
                }
            }
        } catch (XMLStreamException truncated) {
            if (!listClosed) {
                throw truncated;
            }
        }
        return out;
    }
}
