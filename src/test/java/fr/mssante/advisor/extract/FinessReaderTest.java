package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both FINESS publications as published (public-extracts.md §3), one test per quirk, on the
 * hand-written fixtures of {@code src/test/resources/extract/finess}: the Etalab CSV (UTF-8, and
 * Windows-1252 with CRLF) and the JSON flux (the example's spelling, and the schema's).
 */
class FinessReaderTest {

    static final Path DIR = Path.of("src/test/resources/extract/finess");
    static final Path CSV = DIR.resolve("etalab-cs1100507-stock-20260512-0339.csv");
    static final Path CP1252 = DIR.resolve("etalab-cs1100507-stock-20211201-0400-cp1252.csv");
    static final Path JSON = DIR.resolve("finess-structures-journalier-20260309.json");
    static final Path SCHEMA_SPELLING = DIR.resolve("finess-schema-spelling.json");
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static List<FinessEstablishment> read(Path file, FinessReading[] reading) {
        List<FinessEstablishment> out = new ArrayList<>();
        reading[0] = new FinessReader(Progress.NONE).read(file, out::add);
        return out;
    }

    static Map<String, FinessEstablishment> byFiness(List<FinessEstablishment> list) {
        return list.stream().collect(Collectors.toMap(FinessEstablishment::finess, e -> e));
    }

    @Test
    void csvHasNoHeaderItsFirstLineIsFinessEtalabWithTheDate() {
        FinessReading[] r = new FinessReading[1];
        List<FinessEstablishment> read = read(CSV, r);
        assertThat(r[0].publication()).isEqualTo(FinessPublication.ETALAB_CSV);
        assertThat(r[0].publishedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(r[0].lines()).isEqualTo(15);
        assertThat(read.get(0).line()).isEqualTo(2);
    }

    @Test
    void csvStructureetLinesHave32FieldsTheTrailingSemicolonBeingTheEmptyNumuai() {
        FinessReading[] r = new FinessReading[1];
        List<FinessEstablishment> read = read(CSV, r);
        assertThat(r[0].establishments()).isEqualTo(8).isEqualTo(read.size());
        FinessEstablishment ehpad = read.get(0);
        assertThat(List.of(ehpad.finess(), ehpad.legalEntityFiness(), ehpad.name(), ehpad.longName(), ehpad.categoryCode(),
                ehpad.categoryLabel(), ehpad.department(), ehpad.departmentLabel(), ehpad.postalCode(), ehpad.town()))
                .containsExactly("930000013", "930999990", "EHPAD LES ÉRABLES", "EHPAD LES ÉRABLES (RÉSIDENCE)", "500",
                        "Etablissement d'hébergement pour personnes âgées dépendantes", "93", "SEINE-SAINT-DENIS", "93000",
                        "VILLE");
        assertThat(ehpad.isOpenOn(DAY)).isTrue();
    }

    @Test
    void csvQuotingWithDoubledQuotesIsReadByACsvReaderNotASplit() {
        FinessEstablishment lieu = byFiness(read(CSV, new FinessReading[1])).get("940000045");
        assertThat(lieu.name()).isEqualTo("LIEU DE VIE \"MAVOUNA\"");
        // A ';' inside quotes is part of the name, not a separator: the line still has its 32 fields.
        assertThat(lieu.longName()).isEqualTo("LIEU DE VIE ET D'ACCUEIL \"MAVOUNA\" ; ANNEXE");
        assertThat(lieu.categoryCode()).isEqualTo("462");
    }

    @Test
    void csvMalformedLinesAreCountedAQuoteLeftOpenSpoilsOnlyItsLine() {
        FinessReading[] r = new FinessReading[1];
        Map<String, FinessEstablishment> read = byFiness(read(CSV, r));
        // 9: cut short; 10: a quote never closed; 12: a kind of line the publication does not have.
        assertThat(r[0].malformed().firstLines()).containsExactly(9L, 10L, 12L);
        assertThat(read).containsKey("930000054"); // line 11, right after the open quote, is read
    }

    @Test
    void csvGeolocalisationLinesAreSkippedAndCounted() {
        FinessReading[] r = new FinessReading[1];
        read(CSV, r);
        assertThat(r[0].geolocations()).isEqualTo(3);
    }

    @Test
    void csvOverseasDepartmentsAreWritten9AToJ9AndCorsica2A() {
        Map<String, FinessEstablishment> read = byFiness(read(CSV, new FinessReading[1]));
        assertThat(read.get("970400024").department()).isEqualTo("974");
        assertThat(read.get("970400024").departmentAsWritten()).isEqualTo("9D");
        assertThat(read.get("980600027").department()).isEqualTo("986");
        assertThat(read.get("980501506").department()).isEqualTo("976");
        assertThat(read.get("2A0000008").department()).isEqualTo("2A");
        assertThat(Departments.normalise("9A")).contains("971");
        assertThat(Departments.normalise("9a")).contains("971");
        assertThat(Departments.normalise("1")).contains("01");
        assertThat(Departments.normalise("20")).isEmpty();
    }

    @Test
    void csvInWindows1252WithCrlfIsReadAfterStrictUtf8Fails() {
        FinessReading[] r = new FinessReading[1];
        List<FinessEstablishment> read = read(CP1252, r);
        assertThat(r[0].charset().name()).isEqualTo("windows-1252");
        assertThat(read).extracting(FinessEstablishment::name).containsExactly("EHPAD LES ÉRABLES", "FOYER L’ŒUVRE");
        assertThat(read.get(1).longName()).isEqualTo("FOYER L’ŒUVRE DES SŒURS");
        assertThat(read.get(1).line()).isEqualTo(3);
        assertThat(r[0].malformed().firstLines()).containsExactly(4L);
        assertThat(r[0].publishedOn()).isEqualTo(LocalDate.of(2021, 12, 1));
    }

    @Test
    void csvInUtf8WithAByteOrderMarkReadsTheSame(@TempDir Path tmp) throws IOException {
        Path bom = tmp.resolve("etalab-bom.csv");
        byte[] utf8 = Files.readAllBytes(CSV);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(bom, withBom);
        FinessReading[] r = new FinessReading[1];
        assertThat(read(bom, r)).isEqualTo(read(CSV, new FinessReading[1]));
        assertThat(r[0].charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r[0].publishedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void jsonLegalEntitiesHoldTheirEstablishmentsWhateverTheKeyOrder() {
        FinessReading[] r = new FinessReading[1];
        Map<String, FinessEstablishment> read = byFiness(read(JSON, r));
        assertThat(r[0].publication()).isEqualTo(FinessPublication.JSON_FLUX);
        assertThat(r[0].legalEntities()).isEqualTo(5);
        assertThat(r[0].establishments()).isEqualTo(8);
        assertThat(r[0].publishedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        FinessEstablishment ehpad = read.get("930000013");
        assertThat(List.of(ehpad.legalEntityFiness(), ehpad.legalEntityName(), ehpad.name(), ehpad.longName(),
                ehpad.categoryCode(), ehpad.postalCode())).containsExactly("930999990", "ASSOCIATION DES LILAS",
                "EHPAD LES ÉRABLES", "EHPAD LES ÉRABLES (RÉSIDENCE)", "500", "93000"); // padded names trimmed
        assertThat(ehpad.categoryLabel()).isNull(); // the flux gives none: the reference data's label is used
        // This pmej writes its "ege" before its informationsGeneralesPMEJ.
        assertThat(read.get("970400024").legalEntityFiness()).isEqualTo("970408589");
    }

    @Test
    void jsonDepartmentComesFromCogCommuneTwoCharactersThreeFor97xAnd2A2B() {
        Map<String, FinessEstablishment> read = byFiness(read(JSON, new FinessReading[1]));
        assertThat(read.get("930000013").department()).isEqualTo("93");
        assertThat(read.get("930000013").departmentAsWritten()).isEqualTo("93066");
        assertThat(read.get("930000013").departmentLabel()).isEqualTo("Seine-Saint-Denis");
        assertThat(read.get("970400024").department()).isEqualTo("974");
        assertThat(read.get("2A0000008").department()).isEqualTo("2A");
        assertThat(Departments.ofCommune("98613")).contains("986");
    }

    @Test
    void jsonInactiveOrPastClosingDateIsClosedAFutureClosingDateIsNot() {
        Map<String, FinessEstablishment> read = byFiness(read(JSON, new FinessReading[1]));
        assertThat(read.get("930000039").active()).isFalse();
        assertThat(read.get("930000039").isOpenOn(DAY)).isFalse();
        assertThat(read.get("930000047").active()).isTrue(); // "A", but closed on 27 October 2020
        assertThat(read.get("930000047").isOpenOn(DAY)).isFalse();
        assertThat(read.get("930000054").closedOn()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(read.get("930000054").isOpenOn(DAY)).isTrue();
    }

    @Test
    void jsonKeysInBothSpellingsAnyCaseAndCodesAsStringsOrObjects() {
        FinessReading[] r = new FinessReading[1];
        Map<String, FinessEstablishment> read = byFiness(read(SCHEMA_SPELLING, r));
        // informationsGeneralesPmej, "EGE", InformationsGeneralesEge, NumFinessEge, {"code", "system"} codes.
        assertThat(read).containsOnlyKeys("930000013", "930000039");
        assertThat(read.get("930000013").categoryCode()).isEqualTo("500");
        assertThat(read.get("930000013").legalEntityFiness()).isEqualTo("930999990");
        assertThat(read.get("930000013").active()).isTrue();
        assertThat(read.get("930000039").active()).isFalse(); // etatObjet {"code": "I"}
        assertThat(r[0].malformed().count()).isZero();
    }

    @Test
    void jsonEstablishmentWithoutFinessIsMalformedWithTheLineWhereItOpens() throws IOException {
        FinessReading[] r = new FinessReading[1];
        read(JSON, r);
        List<String> lines = Files.readAllLines(JSON);
        long expected = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"SANS NUMÉRO\"")) {
                while (!lines.get(i).trim().equals("{")) {
                    i--;
                }
                expected = i + 1L; // the line (from 1) of the ege's "{", just before its informationsGeneralesEGE
                break;
            }
        }
        assertThat(r[0].malformed().firstLines()).containsExactly(expected);
    }

    @Test
    void thePublicationIsDetectedFromTheContentNotTheName(@TempDir Path tmp) throws IOException {
        Path jsonNamedCsv = Files.copy(JSON, tmp.resolve("finess.csv"));
        Path csvNamedJson = Files.copy(CSV, tmp.resolve("finess.json"));
        FinessReading[] a = new FinessReading[1];
        FinessReading[] b = new FinessReading[1];
        read(jsonNamedCsv, a);
        read(csvNamedJson, b);
        assertThat(a[0].publication()).isEqualTo(FinessPublication.JSON_FLUX);
        assertThat(b[0].publication()).isEqualTo(FinessPublication.ETALAB_CSV);
    }

    @Test
    void aTruncatedJsonFluxIsABrokenFileWithItsPlace(@TempDir Path tmp) throws IOException {
        String text = Files.readString(JSON);
        Path cut = Files.writeString(tmp.resolve("finess-structures-journalier-cut.json"), text.substring(0, text.length() / 2));
        assertThatThrownBy(() -> read(cut, new FinessReading[1])).isInstanceOf(ExtractException.class)
                .hasMessageContaining("finess-structures-journalier-cut.json").hasMessageContaining("JSON invalide ligne")
                .satisfies(e -> assertThat(((ExtractException) e).kind()).isEqualTo(ExtractException.Kind.BROKEN));
    }
}
