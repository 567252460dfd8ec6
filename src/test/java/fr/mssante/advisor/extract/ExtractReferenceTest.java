package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.cli.Main;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference data beside the rules that maps the extracts' codes (public-extracts.md, Categories and
 * §2): shipped complete for the codes the spec lists, checked with file and line, never guessing.
 */
class ExtractReferenceTest {

    /** The compiled test pack, as if loaded from {@code root} (only reference files differ). */
    private static RulePack packAt(Path root) {
        RulePack p = TestPacks.pack();
        return new RulePack(p.kieBases(), p.rules(), p.messages(), p.reference(), root, root.toString(), p.problems());
    }

    @Test
    void everyCategoryCodeOfTheSpecIsMappedAndTheEssmsAreTheDashboardsScope() {
        ExtractReference ref = ExtractReference.of(TestPacks.pack());
        List<String> spec = List.of("500", "501", "502", "202", "354", "460", "209", "609", "183", "186", "182", "190",
                "246", "252", "255", "382", "437", "445", "446", "448", "449", "197", "178", "214", "177", "355", "101", "620");
        assertThat(ref.categories().keySet()).containsAll(spec);
        assertThat(ref.category("500")).map(ExtractReference.Category::setupCategory).contains("EHPAD");
        assertThat(ref.category("609")).map(ExtractReference.Category::setupCategory).contains("MDPH");
        assertThat(ref.category("355")).map(ExtractReference.Category::setupCategory).contains("HOPITAL");
        assertThat(ref.category("620")).map(ExtractReference.Category::setupCategory).contains("PHARMACIE");
        assertThat(ref.essmsCategories()).contains("500", "354", "460").doesNotContain("355", "101", "620");
        assertThat(ref.category("462")).isEmpty(); // not listed: reported as unmapped where met
    }

    @Test
    void professionCodesMapToSetupProfessionsAndTheirRegistration() {
        ExtractReference ref = ExtractReference.of(TestPacks.pack());
        assertThat(ref.profession("10")).contains(new ExtractReference.Profession("10", "Médecin", "MEDECIN", "ORDER"));
        assertThat(ref.profession("69")).map(ExtractReference.Profession::profession).contains("INFIRMIER");
        for (String social : List.of("41", "44", "48", "51", "53", "35")) {
            assertThat(ref.profession(social)).map(ExtractReference.Profession::registeredBy).as(social).contains("RPPS_PLUS");
        }
        // The setup format has no dentist, podiatrist nor orthoptist: left to the analysts, reported when met.
        assertThat(ref.profession("40")).isEmpty();
        assertThat(ref.profession("80")).isEmpty();
        assertThat(ref.profession("92")).isEmpty();
    }

    @Test
    void mistakesInTheReferenceFilesAreProblemsWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path rules = TestPacks.copyOfRules(tmp);
        Files.writeString(rules.resolve(ExtractReference.CATEGORIES_FILE), """
                categories:
                  - { code: "500", setupCategory: EHPA, essms: true }
                  - { code: "354", setupCategroy: SSIAD, essms: true }
                  - { code: "500", setupCategory: EHPAD, essms: true }
                  - { code: "202", setupCategory: RESIDENCE_AUTONOMIE }
                """);
        Files.writeString(rules.resolve(ExtractReference.PROFESSIONS_FILE), """
                professions:
                  - { code: "60", profession: INFIRMIERE, registeredBy: ORDER }
                  - { code: "51", profession: EDUCATEUR_SPECIALISE, registeredBy: ORDRE }
                """);
        List<String> problems = ExtractReference.read(packAt(rules)).problems().stream().map(PackProblem::format).toList();

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("finess-categories.yaml:2:").contains("EHPA")
                .contains("« EHPAD » ?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("finess-categories.yaml:3:")
                .contains("clé inconnue « setupCategroy » (« setupCategory » ?)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("finess-categories.yaml:4:").contains("déjà défini"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("finess-categories.yaml:5:").contains("essms"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rpps-professions.yaml:2:").contains("INFIRMIERE")
                .contains("« INFIRMIER » ?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rpps-professions.yaml:3:").contains("ORDRE"));
    }

    @Test
    void rulesCheckReportsThemAndFails(@TempDir Path tmp) throws IOException {
        Path rules = TestPacks.copyOfRules(tmp);
        Files.writeString(rules.resolve(ExtractReference.PROFESSIONS_FILE),
                "professions:\n  - { code: \"60\", profession: INFIRMIER, registeredBy: ORDRE }\n");
        Path out = tmp.resolve("check.txt");
        int status = Main.run("rules", "check", "--rules", rules.toString(), "--no-cache", "--output", out.toString());
        assertThat(status).isEqualTo(3);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("rpps-professions.yaml:2:").contains("1 problème.");
    }
}
