package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' commonest DRL slips are told in their words, with the closest name, not in Drools' English. */
class DroolsMessagesTest {

    @TempDir
    Path tmp;

    @Test
    void aConditionOnAFieldTheFactDoesNotHaveNamesTheClosestFieldInFrenchAndEnglish() throws IOException {
        PackProblem p = onlyProblem("Structure( category == \"RESIDENCE_AUTONOMIE\"",
                "Structure( categorie == \"RESIDENCE_AUTONOMIE\"");
        assertThat(p.file()).endsWith("eligibility/eligibility.drl");
        assertThat(p.line()).isEqualTo(TestPacks.lineOf("eligibility/eligibility.drl", "Structure( category =="));
        assertThat(p.column()).as("the column of the field in the line").isEqualTo(16);
        assertThat(p.message(Lang.FR)).startsWith("le fait Structure n'a pas de champ « categorie » ; vouliez-vous"
                + " dire « category » ?").doesNotContain("strict-mode", "Unable");
        assertThat(p.message(Lang.EN)).startsWith("fact Structure has no field \"categorie\"; did you mean \"category\"?");
    }

    @Test
    void aFactTypeThatDoesNotExistNamesTheClosestType() throws IOException {
        PackProblem p = onlyProblem("Structure( category == \"RESIDENCE_AUTONOMIE\"",
                "Structur( category == \"RESIDENCE_AUTONOMIE\"");
        assertThat(p.line()).isEqualTo(TestPacks.lineOf("eligibility/eligibility.drl", "Structure( category =="));
        assertThat(p.message(Lang.FR)).startsWith("type de fait inconnu « Structur » ; vouliez-vous dire « Structure » ?");
        assertThat(p.message(Lang.EN)).startsWith("unknown fact type \"Structur\"; did you mean \"Structure\"?");
    }

    private PackProblem onlyProblem(String from, String to) throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("eligibility/eligibility.drl");
        String text = Files.readString(drl);
        assertThat(text).contains(from);
        Files.writeString(drl, text.replace(from, to));
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new RulePackLoader().load(pack),
                RulePackException.class);
        assertThat(thrown.problems()).hasSize(1);
        return thrown.problems().get(0);
    }
}
