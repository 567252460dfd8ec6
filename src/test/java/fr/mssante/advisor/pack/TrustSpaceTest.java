package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mssante.advisor.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void theDefaultIsExactlyWhatTheOfficialWhitelistNames() throws Exception {
        assumeTrue(Files.isRegularFile(WHITELIST), "official whitelist not available beside the project");
        List<String> domains = whitelistDomains();
        assertThat(domains).hasSizeGreaterThan(1000)
                .contains("patient.mssante.fr", "interop-mssante.apicrypt.org", "mssante.apicrypt.org");
        // Every domain the whitelist lists is inside the default trust space...
        assertThat(domains.stream().filter(d -> !ref.domainInTrustSpace(d)).toList()).isEmpty();
        // ...and the default names no exact domain the whitelist does not, nor a suffix it never uses.
        assertThat(domains).containsAll(ref.trustDomains());
        assertThat(ref.trustSuffixes()).allSatisfy(suffix ->
                assertThat(domains).as(suffix).anyMatch(d -> d.endsWith(suffix)));
        // Only the exact forms are inside: a subdomain of an Apicrypt domain is not on the list.
        assertThat(domains).doesNotContain("x.mssante.apicrypt.org");
        assertThat(ref.domainInTrustSpace("x.mssante.apicrypt.org")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@ehpad.mssante.fr", ".a@ehpad.mssante.fr", "a@@mssante.apicrypt.org",
            "@interop-mssante.apicrypt.org", "a b@patient.mssante.fr", "", " "})
    void anInvalidAddressIsNeverInsideWhateverItsDomain(String address) {
        assertThat(ref.inTrustSpace(address)).isFalse();
        assertThat(ref.outsideTrustSpace(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"soins@ehpad.mssante.fr", "SOINS@EHPAD.MSSANTE.FR", "a@interop-mssante.apicrypt.org",
            "a@mssante.apicrypt.org", "A@MSSante.Apicrypt.ORG",
            "185057512345673@patient.mssante.fr", "dr.x@medecin.mssante.fr"})
    void inside(String address) {
        assertThat(ref.inTrustSpace(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@gmail.com", "a@mssante.fr", "a@mssante.fr.example.com", "a@xmssante.fr",
            "a@apicrypt.org", "a@x.mssante.apicrypt.org", "a@x.interop-mssante.apicrypt.org", "not-an-address",
            "a@@ehpad.mssante.fr"})
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

    private static List<String> whitelistDomains() throws Exception {
        return List.copyOf(TrustList.read(WHITELIST).domains());
    }
}
