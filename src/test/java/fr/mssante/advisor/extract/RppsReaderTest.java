package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RPPS activity extraction as published (public-extracts.md §2), one test per quirk, on the
 * hand-written fixtures of {@code src/test/resources/extract/rpps}: the same eight activities in the
 * 2025 (56 columns), 2021 (52) and 2018 (48, older spellings, CRLF) layouts.
 */
class RppsReaderTest {

    static final Path DIR = Path.of("src/test/resources/extract/rpps");
    static final Path FILE = DIR.resolve("PS_LibreAcces_Personne_activite_202601010000.txt");

    static List<RppsActivity> read(Path file, RppsReading[] reading) {
        List<RppsActivity> out = new ArrayList<>();
        reading[0] = new RppsReader(Progress.NONE).read(file, out::add);
        return out;
    }

    @Test
    void everyLineHeaderIncludedEndsWithAPipe() {
        RppsReading[] r = new RppsReading[1];
        List<RppsActivity> read = read(FILE, r);

        assertThat(r[0].columns()).isEqualTo(56); // 57 fields, the last empty
        assertThat(r[0].lines()).isEqualTo(11);
        assertThat(r[0].activities()).isEqualTo(8).isEqualTo(read.size());
        assertThat(r[0].publishedOn()).hasToString("2026-01-01");
        RppsActivity first = read.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(List.of(first.lastName(), first.firstName(), first.civilityCode(), first.professionCode(),
                first.professionLabel(), first.categoryCode(), first.modeCode(), first.finessSite(),
                first.finessLegalEntity(), first.siteName(), first.departmentCode()))
                .containsExactly("MARTIN", "Marie", "MME", "60", "Infirmier", "C", "S", "930000013", "930999990",
                        "EHPAD LES ÉRABLES", "93");
        assertThat(first.toString()).doesNotContain("MARTIN", "10000000012");
    }

    @Test
    void fortyEightFiftyTwoOrFiftySixColumnsByYearFoundByTheirDriftingNames() {
        RppsReading[] r2025 = new RppsReading[1];
        RppsReading[] r2021 = new RppsReading[1];
        RppsReading[] r2018 = new RppsReading[1];
        List<RppsActivity> a2025 = read(FILE, r2025);
        List<RppsActivity> a2021 = read(DIR.resolve("rpps-2021-52-columns.txt"), r2021);
        List<RppsActivity> a2018 = read(DIR.resolve("rpps-2018-48-columns.txt"), r2018);

        assertThat(List.of(r2025[0].columns(), r2021[0].columns(), r2018[0].columns())).containsExactly(56, 52, 48);
        assertThat(a2021).usingRecursiveFieldByFieldElementComparator().isEqualTo(a2025);
        // 2018 spells "Type identifiant PP", "Code catégorie profession", "N° FINESS site"… and has no department.
        assertThat(a2018).extracting(RppsActivity::ppIdType, RppsActivity::categoryCode, RppsActivity::modeCode,
                        RppsActivity::finessSite)
                .isEqualTo(a2025.stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.ppIdType(), a.categoryCode(),
                        a.modeCode(), a.finessSite())).toList());
        assertThat(a2018).allMatch(a -> a.departmentCode() == null);
    }

    @Test
    void oneLinePerActivityAndTheFinessSiteOftenEmptyForLiberalPractice() {
        List<RppsActivity> read = read(FILE, new RppsReading[1]);
        // The same nurse at two establishments: two lines.
        assertThat(read).filteredOn(a -> "10000000012".equals(a.rpps())).extracting(RppsActivity::finessSite)
                .containsExactly("930000013", "930000021");
        assertThat(read).filteredOn(a -> a.finessSite() == null).extracting(RppsActivity::modeCode).containsExactly("L");
    }

    @Test
    void typeEightIsRppsZeroIsAdeliAndTheNationalIdIsTheTypeDigitThenTheNumber() {
        List<RppsActivity> read = read(FILE, new RppsReading[1]);
        RppsActivity adeli = read.get(2);
        assertThat(adeli.ppIdType()).isEqualTo("0");
        assertThat(adeli.nationalId()).isEqualTo("0751234567");
        assertThat(adeli.adeli()).isEqualTo("751234567");
        assertThat(adeli.rpps()).isNull();
        assertThat(read.get(0).nationalId()).isEqualTo("810000000012");
        assertThat(read.get(0).rpps()).isEqualTo("10000000012");
    }

    @Test
    void malformedLinesAreCountedWithTheirNumbersNeverFatal() {
        RppsReading[] r = new RppsReading[1];
        read(FILE, r);
        // 5: cut short; 11: no Identifiant PP.
        assertThat(r[0].malformed().count()).isEqualTo(2);
        assertThat(r[0].malformed().firstLines()).containsExactly(5L, 11L);
    }

    @Test
    void onlyTheWantedSitesAreBuiltButEveryLineIsCounted() {
        List<RppsActivity> out = new ArrayList<>();
        RppsReading r = new RppsReader(Progress.NONE).read(FILE, "930000021"::equals, out::add);
        assertThat(out).extracting(RppsActivity::line).containsExactly(3L, 4L);
        assertThat(r.activities()).isEqualTo(8);
        assertThat(r.withFinessSite()).isEqualTo(7);
    }

    @Test
    void crlfLineEndsReadTheSame() {
        // The 2018 fixture is written with CRLF: its last field would otherwise end with '\r'.
        List<RppsActivity> a2018 = read(DIR.resolve("rpps-2018-48-columns.txt"), new RppsReading[1]);
        assertThat(a2018).allMatch(a -> a.lastName().indexOf('\r') < 0);
        assertThat(a2018).hasSize(8);
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndTheClosestHeader() {
        assertThatThrownBy(() -> read(DIR.resolve("rpps-missing-column.txt"), new RppsReading[1]))
                .isInstanceOf(ExtractException.class).hasMessageContaining("rpps-missing-column.txt")
                .hasMessageContaining("« Numéro FINESS établissement juridique »")
                .hasMessageContaining("« Numéro FINESS entité »");
    }
}
