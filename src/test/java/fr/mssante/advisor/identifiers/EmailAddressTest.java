package fr.mssante.advisor.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the mail-address syntax helpers behind BAL-ADDRESS-INVALID, BAL-ADDRESS-NON-ASCII and the trust-space rules. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "a@x.fr",
        "jean-marc.n'diae@structure.mssante.fr",
        "élodie.durand@x.mssante.fr",
        "SOINS@EHPAD.MSSANTE.FR",
        "185057512345673@patient.mssante.fr",
        "secretariat@interop-mssante.apicrypt.org",
        "a!#$%&'*+-/=?^_`{|}~z@x.fr",
        "a.b.c@sub.domain.mssante.fr",
        "a@xn--bcher-kva.fr",
        "a@bücher.fr",
        "a@1.2",
        "chloé@x.fr",
        "e\u0301lodie@x.fr"
    })
    void acceptsValidAddresses(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", ".a@x.fr", "a.@x.fr", "a..b@x.fr", "a@@x.fr", "a@b@x.fr", "a b@x.fr",
        "a@x", "a@-x.fr", "a@x-.fr", "a@x..fr", "a@x.fr.", "a@.x.fr", "@x.fr", "a@", "a", "a.x.fr",
        " a@x.fr", "a@x.fr ", "a\t@x.fr", "\"a\"@x.fr", "a(b)@x.fr", "a,b@x.fr", "a@x_y.fr",
        "a@x .fr", "a@[127.0.0.1]", "a\u00A0b@x.fr", "a€@x.fr", "a@x€.fr"
    })
    void rejectsInvalidAddresses(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @Test
    void domainLabelsAreLimitedTo63Characters() {
        String label63 = "a".repeat(63);
        assertThat(EmailAddress.isValid("a@" + label63 + ".fr")).isTrue();
        assertThat(EmailAddress.isValid("a@" + label63 + "b.fr")).isFalse();
    }

    @Test
    void nonAsciiLocalPartIsValidButFlagged() {
        String address = "élodie.durand@x.mssante.fr";
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.hasNonAsciiLocalPart(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean-marc.n'diae@structure.mssante.fr", "a@bücher.fr", "SOINS@EHPAD.MSSANTE.FR"})
    void asciiLocalPartIsNotFlagged(String address) {
        assertThat(EmailAddress.hasNonAsciiLocalPart(address)).isFalse();
    }

    @Test
    void hasNonAsciiLocalPartIsFalseWithoutLocalPart() {
        assertThat(EmailAddress.hasNonAsciiLocalPart(null)).isFalse();
        assertThat(EmailAddress.hasNonAsciiLocalPart("élodie")).isFalse();
    }

    @Test
    void domainOfIsLowerCased() {
        assertThat(EmailAddress.isValid("SOINS@EHPAD.MSSANTE.FR")).isTrue();
        assertThat(EmailAddress.domainOf("SOINS@EHPAD.MSSANTE.FR")).isEqualTo("ehpad.mssante.fr");
    }

    @Test
    void domainOfUsesRootLocale() {
        // A Turkish locale would lower-case "I" to a dotless "ı".
        assertThat(EmailAddress.domainOf("a@INFIRMIER.MSSANTE.FR")).isEqualTo("infirmier.mssante.fr");
    }

    @Test
    void domainOfAndLocalPartOfAreNullWithoutAt() {
        assertThat(EmailAddress.domainOf("a.x.fr")).isNull();
        assertThat(EmailAddress.domainOf(null)).isNull();
        assertThat(EmailAddress.localPartOf("a.x.fr")).isNull();
        assertThat(EmailAddress.localPartOf(null)).isNull();
    }

    @Test
    void localPartOfKeepsCase() {
        assertThat(EmailAddress.localPartOf("SOINS@EHPAD.MSSANTE.FR")).isEqualTo("SOINS");
        assertThat(EmailAddress.localPartOf("299052A20281758@patient.mssante.fr")).isEqualTo("299052A20281758");
    }

    @Test
    void citizenAddressLocalPartIsAnIns() {
        String address = "299052B20281785@patient.mssante.fr";
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.domainOf(address)).isEqualTo("patient.mssante.fr");
        assertThat(Identifiers.isValidIns(EmailAddress.localPartOf(address))).isTrue();
        assertThat(Identifiers.isValidIns(EmailAddress.localPartOf("jean.dupont@patient.mssante.fr"))).isFalse();
    }
}
