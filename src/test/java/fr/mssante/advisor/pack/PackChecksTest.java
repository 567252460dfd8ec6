package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack-level checks of {@code rules check} on edited copies of the shipped pack: each problem is
 * located in the analyst's real file.
 */
class PackChecksTest {

    @TempDir
    Path tmp;

    @Test
    void ruleWithoutTextsIsReportedAtItsLineButDoesNotBlock() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        append(pack.resolve("governance/governance.drl"), rule("GOV-NEW", "INFO", "structure"));
        RulePack loaded = new RulePackLoader().load(pack);
        assertThat(loaded.problems()).filteredOn(p -> p.message().contains("GOV-NEW"))
                .hasSize(2).allSatisfy(p -> {
                    assertThat(p.file()).endsWith("governance/governance.drl");
                    assertThat(p.line()).isGreaterThan(60);
                    assertThat(p.blocking()).isFalse();
                });
        assertThat(loaded.rule("GOV-NEW")).isPresent();
    }

    @Test
    void duplicatedIdAndMissingSubjectAreReported() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        append(pack.resolve("governance/governance.drl"), rule("GOV-NOT-DEPLOYED", "INFO", "structure")
                .replace("rule \"GOV-NOT-DEPLOYED\"", "rule \"GOV-NOT-DEPLOYED-COPY\""));
        append(pack.resolve("governance/governance.drl"), rule("GOV-NO-SUBJECT", "INFO", "")
                .replace("@subject(\"\")", ""));
        List<String> messages = new RulePackLoader().load(pack).problems().stream().map(PackProblem::message).toList();
        assertThat(messages).anyMatch(m -> m.contains("GOV-NOT-DEPLOYED") && m.contains("duplicated"));
        assertThat(messages).anyMatch(m -> m.contains("GOV-NO-SUBJECT") && m.contains("@subject"));
    }

    @Test
    void textsForNoRuleAreReportedInTheMessagesFile() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        append(pack.resolve("governance/messages.yaml"), """
                GOV-GHOST:
                  fr: {title: "x", message: "x", recommendation: "x", reference: "x", description: "x"}
                """);
        PackProblem orphan = new RulePackLoader().load(pack).problems().stream()
                .filter(p -> p.message().contains("GOV-GHOST")).findFirst().orElseThrow();
        assertThat(orphan.file()).endsWith("governance/messages.yaml");
        assertThat(orphan.line()).isGreaterThan(1);
    }

    @Test
    void unknownSeverityBlocks() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        append(pack.resolve("governance/governance.drl"), rule("GOV-BAD-SEVERITY", "CRITICAL", "structure"));
        assertThatThrownBy(() -> new RulePackLoader().load(pack)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.message().contains("GOV-BAD-SEVERITY")
                        && p.file().endsWith("governance.drl") && p.line() > 60));
    }

    @Test
    void aBlockingProblemDoesNotHideTheOthers() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        append(pack.resolve("governance/governance.drl"), rule("GOV-BAD-SEVERITY", "CRITICAL", "structure"));
        append(pack.resolve("governance/governance.drl"), rule("GOV-NO-SUBJECT", "INFO", "")
                .replace("@subject(\"\")", ""));
        assertThatThrownBy(() -> new RulePackLoader().load(pack)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::message)
                        .anyMatch(m -> m.contains("GOV-BAD-SEVERITY") && m.contains("@severity"))
                        .anyMatch(m -> m.contains("GOV-NO-SUBJECT") && m.contains("@subject"))
                        .anyMatch(m -> m.contains("GOV-NO-SUBJECT") && m.contains("aucun texte")));
    }

    @Test
    void aMissingTextIsNamedAtTheRulesEntryInMessagesAndFilledFromTheOtherLanguage() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path messages = pack.resolve("governance/messages.yaml");
        String text = Files.readString(messages);
        int entry = text.indexOf("GOV-NOT-DEPLOYED:");
        int en = text.indexOf("  en:", entry);
        int message = text.indexOf("    message:", en);
        Files.writeString(messages, text.substring(0, message) + text.substring(text.indexOf('\n', message) + 1));
        RulePack loaded = new RulePackLoader().load(pack);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("governance/messages.yaml");
            assertThat(p.line()).isEqualTo(text.substring(0, entry).split("\n", -1).length);
            assertThat(p.message()).contains("GOV-NOT-DEPLOYED", "« en »", ": message /").doesNotContain("title");
        });
        RuleTexts english = loaded.messages().get("GOV-NOT-DEPLOYED", fr.mssante.advisor.i18n.Lang.EN);
        assertThat(english.message()).isEqualTo(loaded.messages().find("GOV-NOT-DEPLOYED",
                fr.mssante.advisor.i18n.Lang.FR).orElseThrow().message());
        assertThat(english.title()).isNotBlank().isNotEqualTo(english.message());
    }

    @Test
    void referenceDataThatDoesNotParseBlocksWithItsPosition() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Files.writeString(pack.resolve("reference/trust-space.yaml"), "suffixes:\n  - \".mssante.fr\n");
        assertThatThrownBy(() -> new RulePackLoader().load(pack)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.file().endsWith("reference/trust-space.yaml")
                        && p.line() == 2));
    }

    @Test
    void removingARuleAndItsTextsLeavesACleanSmallerPack() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("governance/governance.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"GOV-NO-USAGE-PROTOCOL\"");
        int end = text.indexOf("end\n", start) + 4;
        Files.writeString(drl, text.substring(0, start) + text.substring(end));
        Path messages = pack.resolve("governance/messages.yaml");
        String m = Files.readString(messages);
        int from = m.indexOf("GOV-NO-USAGE-PROTOCOL:");
        int to = m.indexOf("\nGOV-", from + 1);
        Files.writeString(messages, m.substring(0, from) + (to < 0 ? "" : m.substring(to + 1)));
        RulePack loaded = new RulePackLoader().load(pack);
        assertThat(loaded.rules()).hasSize(TestPacks.pack().rules().size() - 1).doesNotContainKey("GOV-NO-USAGE-PROTOCOL");
        assertThat(loaded.problems()).isEmpty();
    }

    private static String rule(String id, String severity, String subject) {
        return "\nrule \"" + id + "\"\n    @id(\"" + id + "\") @severity(\"" + severity + "\") @subject(\"" + subject
                + "\")\nwhen\n    Structure( )\nthen\n    findings.report(kcontext, \"structure\", \"structure\");\nend\n";
    }

    @Test
    void aPlaceholderTheRuleNeverPassesIsAProblemAtTheTextAndNeverReachesAReport() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path messages = pack.resolve("professionals/messages.yaml");
        Files.writeString(messages, Files.readString(messages).replace("Le numéro RPPS « {rpps} »", "Le numéro RPPS « {rps} »"));
        RulePack loaded = new RulePackLoader().load(pack);
        PackProblem wrong = loaded.problems().stream().filter(p -> p.message().contains("{rps}")).findFirst().orElseThrow();
        assertThat(wrong.file()).endsWith("professionals/messages.yaml");
        assertThat(wrong.line()).isEqualTo(9);
        assertThat(wrong.message()).contains("PRO-RPPS-INVALID", "fr.message", "la règle donne : professional, rpps",
                "vouliez-vous dire {rpps} ?");
        assertThat(wrong.blocking()).as("an audit still runs, with a warning").isFalse();

        var texts = loaded.messages().get("PRO-RPPS-INVALID", fr.mssante.advisor.i18n.Lang.FR);
        assertThat(texts.message(java.util.Map.of("rpps", "123", "professional", "p-med")))
                .startsWith("Le numéro RPPS « … » du professionnel p-med").doesNotContain("{");
    }

    @Test
    void everyShippedRuleSaysWhichPlaceholdersItPasses() {
        assertThat(TestPacks.pack().sortedRules()).allSatisfy(r -> assertThat(r.arguments()).as(r.id()).isNotNull());
        assertThat(TestPacks.pack().rule("PRO-RPPS-INVALID").orElseThrow().arguments())
                .containsExactly("professional", "rpps", "digits");
    }

    @Test
    void aPlaceholderInAReferenceIsNeverFilled() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path messages = pack.resolve("professionals/messages.yaml");
        String text = Files.readString(messages);
        int at = text.indexOf("reference: \"", text.indexOf("PRO-RPPS-INVALID:"));
        Files.writeString(messages, text.substring(0, at) + "reference: \"{professional} " + text.substring(at + 12));
        assertThat(new RulePackLoader().load(pack).problems()).anyMatch(p -> p.message().contains("{professional}")
                && p.message().contains("fr.reference") && p.message().contains("jamais rempli"));
    }

    @Test
    void oneTabInAMessagesFileIsOneErrorWithoutKnockOnMissingTexts() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        Path messages = pack.resolve("eligibility/messages.yaml");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(messages));
        lines.set(8, lines.get(8).replaceFirst("^    ", "\t"));
        Files.write(messages, lines);
        RulePackException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new RulePackLoader().load(pack),
                RulePackException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("eligibility/messages.yaml");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("tabulation");
        });
    }

    @Test
    void aFolderThatIsNotAPackSaysSoAndWhatAPackHolds() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mes-documents/x"));
        RulePackException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new RulePackLoader().load(folder.getParent()), RulePackException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message(fr.mssante.advisor.i18n.Lang.FR)).startsWith(
                    "ce dossier n'est pas un paquet de règles : il n'a pas de pack.yaml.")
                    .contains("reference/trust-space.yaml", "DOMAINE/DOMAINE.drl", "rules export");
            assertThat(p.message(fr.mssante.advisor.i18n.Lang.EN)).startsWith("this folder is not a rule pack");
            assertThat(p.message()).doesNotContain("missing file");
        });
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
