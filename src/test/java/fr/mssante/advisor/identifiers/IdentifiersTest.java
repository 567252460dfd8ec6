package fr.mssante.advisor.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the identifier validators against the known-good values of identifiers.md and their near misses. */
class IdentifiersTest {

    /** Changes the last digit, so a valid key becomes a wrong one. */
    private static String wrongKey(String value) {
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    // --- Luhn ---

    @ParameterizedTest
    @ValueSource(strings = {"0", "18", "79927398713", "010000024", "73282932000074"})
    void luhnAcceptsValidNumbers(String digits) {
        assertThat(Identifiers.luhn(digits)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"79927398710", "19", "12a4", " 18", "18 ", "-18", "١٨"})
    void luhnRejectsInvalidOrNonDigitInput(String digits) {
        assertThat(Identifiers.luhn(digits)).isFalse();
    }

    // --- FINESS ---

    @ParameterizedTest
    @ValueSource(strings = {
        "010000024", "010780054", "830200523", "750712184",          // identifiers.md
        "940033335", "770044444", "690088885", "130077779", "910055557", // conformance values
        "950000125", "971000013", "974000127", "976000000"              // edge departments 95 and 97x
    })
    void finessAcceptsValidValues(String finess) {
        assertThat(Identifiers.isValidFiness(finess)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010000024", "010780054", "830200523", "750712184", "940033335", "971000013"})
    void finessRejectsWrongKey(String finess) {
        assertThat(Identifiers.isValidFiness(wrongKey(finess))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A0000000", "2B0000000", "2A0012345", "2B1234567"})
    void finessAcceptsCorsicaOnFormOnly(String finess) {
        assertThat(Identifiers.isValidFiness(finess)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A000000", "2A00000000", "2A000000X", "2C0000000", "2a0000000", "2A 000000"})
    void finessRejectsMalformedCorsica(String finess) {
        assertThat(Identifiers.isValidFiness(finess)).isFalse();
    }

    @ParameterizedTest
    // Luhn-valid, but the department does not exist.
    @ValueSource(strings = {"960000016", "000000018", "980000012", "990000010"})
    void finessRejectsUnknownDepartments(String finess) {
        assertThat(Identifiers.isValidFiness(finess)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "01000002", "0100000240", "01000002A", "A10000024", "010 00024", " 010000024", "010000024 "})
    void finessRejectsBadForm(String finess) {
        assertThat(Identifiers.isValidFiness(finess)).isFalse();
    }

    @Test
    void finessWithoutSeparatorsIsGivenOnlyWhenThenValid() {
        assertThat(Identifiers.finessWithoutSeparators("94 003 333 5")).isEqualTo("940033335");
        assertThat(Identifiers.finessWithoutSeparators("940.033.335")).isEqualTo("940033335");
        assertThat(Identifiers.finessWithoutSeparators("2B-000-001-8")).isEqualTo("2B0000018");
        assertThat(Identifiers.finessWithoutSeparators("940033335")).as("nothing to remove").isEmpty();
        assertThat(Identifiers.finessWithoutSeparators("75 000 000 0")).as("still a wrong key").isEmpty();
        assertThat(Identifiers.finessWithoutSeparators(null)).isEmpty();
        assertThat(Identifiers.rppsWithoutSeparators("100 010 000 99")).isEqualTo("10001000099");
    }

    // --- RPPS ---

    @ParameterizedTest
    @ValueSource(strings = {"99700218896", "99700296140", "10001000099", "10001000081", "10001000073", "10001000065"})
    void rppsAcceptsValidValues(String rpps) {
        assertThat(Identifiers.isValidRpps(rpps)).isTrue();
        assertThat(Identifiers.isValidRpps(wrongKey(rpps))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "9970021889", "997002188960", "9970021889A", "99700 18896", "810001000099"})
    void rppsRejectsBadForm(String rpps) {
        assertThat(Identifiers.isValidRpps(rpps)).isFalse();
    }

    // --- ADELI ---

    @ParameterizedTest
    @ValueSource(strings = {"751234567", "010000000", "2A1234567", "2B0000001", "A21234567"})
    void adeliAcceptsFormWithOptionalDepartmentLetter(String adeli) {
        assertThat(Identifiers.isValidAdeli(adeli)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "75123456", "7512345678", "AB1234567", "75A234567", "75123456A", "2a1234567", "75 234567"})
    void adeliRejectsBadForm(String adeli) {
        assertThat(Identifiers.isValidAdeli(adeli)).isFalse();
    }

    // --- SIRET ---

    @Test
    void siretAcceptsKnownValueAndRejectsWrongKey() {
        assertThat(Identifiers.isValidSiret("73282932000074")).isTrue();
        assertThat(Identifiers.isValidSiret(wrongKey("73282932000074"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "7328293200007", "732829320000740", "7328293200007A", "732 829 320 00074", "010000024"})
    void siretRejectsBadForm(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    // --- INS / NIR ---

    @ParameterizedTest
    @ValueSource(strings = {"185057512345673", "299052A20281758", "299052B20281785", "279035121518989"})
    void insAcceptsValidValues(String ins) {
        assertThat(Identifiers.isValidIns(ins)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"185057512345673", "299052A20281758", "299052B20281785", "279035121518989"})
    void insRejectsWrongKey(String ins) {
        assertThat(Identifiers.isValidIns(wrongKey(ins))).isFalse();
    }

    @Test
    void insReadsCorsicaDepartmentsDistinctly() {
        // Swapping 2A and 2B keeps the form but breaks the key.
        assertThat(Identifiers.isValidIns("299052B20281758")).isFalse();
        assertThat(Identifiers.isValidIns("299052A20281785")).isFalse();
    }

    @Test
    void insKeyIsComputedOnThe13DigitNumber() {
        // 1850575123456 mod 97 = 24, key 97 - 24 = 73.
        assertThat(1850575123456L % 97).isEqualTo(24);
        assertThat(Identifiers.isValidIns("185057512345673")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "18505751234567", "1850575123456730", "18505751234567A", "1850575 2345673",
        "2990520A0281758", "299052a20281758", "299052C20281758", "185057512345600"
    })
    void insRejectsBadForm(String ins) {
        assertThat(Identifiers.isValidIns(ins)).isFalse();
    }

    // --- Identifiant national PP ---

    @ParameterizedTest
    @ValueSource(strings = {"899700218896", "810001000099", "0751234567", "02A1234567"})
    void nationalPpIdAcceptsRppsAndAdeliForms(String id) {
        assertThat(Identifiers.isValidNationalPpId(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"8", "0", "899700218897", "99700218896", "099700218896", "8751234567", "1751234567", "0AB1234567", " 899700218896"})
    void nationalPpIdRejectsOtherValues(String id) {
        assertThat(Identifiers.isValidNationalPpId(id)).isFalse();
    }
}
