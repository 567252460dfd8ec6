package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's reference data in the pack: the default ESSMS categories and the applicable rules. */
class DirectoryReferenceTest {

    @Test
    void theDefaultCategoriesAreTheIssueList() {
        DirectoryReference ref = DirectoryReference.of(TestPacks.pack());
        assertThat(ref.defaultCategories()).containsExactlyInAnyOrder("500", "501", "502", "202", "354", "460", "209",
                "640", "609", "197", "178", "606", "255", "437", "448", "449", "183", "182", "186", "189", "190", "246",
                "382", "252", "446", "445", "207", "463", "214", "177");
        assertThat(ref.setupCategoryOf("500")).isEqualTo("EHPAD");
        assertThat(ref.setupCategoryOf("182")).isEqualTo("AUTRE");
        assertThat(ref.labelOf("640", "Libellé FINESS")).isEqualTo("Libellé FINESS");
        assertThat(ref.labelOf("640", null)).as("the JSON flux gives no label").isEqualTo("640");
        // Hospitals and pharmacies are mapped (init needs them) but not in the dashboard's default scope.
        assertThat(ref.setupCategoryOf("355")).isEqualTo("HOPITAL");
        assertThat(ref.defaultCategories()).doesNotContain("355", "101", "620");
    }

    @Test
    void everyApplicableRuleExistsAndReadsNoFieldTheExtractionsLack() {
        DirectoryReference ref = DirectoryReference.of(TestPacks.pack());
        assertThat(ref.applicableRules()).containsExactly("ELIG-FINESS-INVALID", "BAL-ORG-MISSING",
                "BAL-ADDRESS-INVALID", "BAL-ADDRESS-NON-ASCII", "BAL-OUTSIDE-TRUST-SPACE");
        assertThat(ref.withRppsRules()).containsExactly("ELIG-NO-QUALIFIED-PROFESSIONAL", "PRO-RPPS-INVALID",
                "PRO-SOCIAL-NOT-REGISTERED", "BAL-PER-WITHOUT-RPPS");
        assertThat(ref.rulesFor(false)).isEqualTo(ref.applicableRules());
        assertThat(ref.rulesFor(true)).hasSize(9).containsAll(ref.withRppsRules());
    }

    @Test
    void aRuleListedInBothListsIsAPackProblemWithItsLine(@TempDir Path tmp) throws IOException {
        Path rules = TestPacks.copyOfRules(tmp);
        Files.writeString(rules.resolve("reference/directory.yaml"),
                "applicableRules:\n  - BAL-ORG-MISSING\napplicableWithRpps:\n  - PRO-RPPS-INVALID\n  - BAL-ORG-MISSING\n");
        assertThatThrownBy(() -> DirectoryReference.of(packAt(rules))).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems().get(0).format())
                        .contains("directory.yaml:5:").contains("BAL-ORG-MISSING"));
    }

    /** The compiled test pack, as if loaded from {@code root} (only the reference files differ: no recompilation). */
    private static RulePack packAt(Path root) {
        RulePack p = TestPacks.pack();
        return new RulePack(p.kieBases(), p.rules(), p.messages(), p.reference(), root, root.toString(), p.problems());
    }

    @Test
    void anUnknownRuleIsAPackProblemWithItsLine(@TempDir Path tmp) throws IOException {
        Path rules = TestPacks.copyOfRules(tmp);
        Files.writeString(rules.resolve("reference/directory.yaml"),
                "applicableRules:\n  - BAL-ORG-MISSING\n  - BAL-ORG-MISSNG\n");
        assertThatThrownBy(() -> DirectoryReference.of(packAt(rules))).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems().get(0).format())
                        .contains("directory.yaml:3:").contains("BAL-ORG-MISSNG"));
    }

    @Test
    void aMissingFileIsAPackProblem(@TempDir Path tmp) throws IOException {
        Path rules = TestPacks.copyOfRules(tmp);
        Files.delete(rules.resolve("reference/finess-categories.yaml"));
        assertThatThrownBy(() -> DirectoryReference.of(packAt(rules))).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems().get(0).format())
                        .contains("finess-categories.yaml").contains("manquant"));
    }
}
