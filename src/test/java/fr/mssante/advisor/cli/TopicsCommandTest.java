package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.Topic;
import fr.mssante.advisor.pack.TopicCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FAQ's informational answers ({@code rules/topics/*.yaml}): what {@code explain --topics} and
 * {@code explain TOPIC} print, that they are complete in both languages and not copied from the FAQ, and
 * what {@code rules check} says of a faulty topics file.
 */
class TopicsCommandTest {

    private static final Path FAQ = Path.of("../shared/domain/faq-mssante-essms-2023-11-21.md");
    private static final List<String> EXPECTED = List.of("comptes-rendus-par-lien", "dmp-mon-espace-sante",
            "dui-logiciel-metier", "mineurs", "mssante-dmp", "operateur-tiers", "securite-bal", "statistiques-dac");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDefaultPackAnswersEachInformationalQuestionInBothLanguages() {
        TopicCatalog catalog = defaultTopics();
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.topics().keySet()).containsExactlyElementsOf(EXPECTED);
        for (Topic t : catalog.topics().values()) {
            assertThat(t.faqDate()).as(t.id()).hasToString("2023-11-21");
            for (Lang lang : Lang.values()) {
                assertThat(t.text(lang)).as(t.id() + " " + lang).isNotNull();
                assertThat(t.text(lang).answer()).as(t.id() + " " + lang).hasSizeGreaterThan(120);
            }
            assertThat(t.related()).allSatisfy(r -> assertThat(TestPacks.pack().rule(r)).as(r).isPresent());
        }
    }

    /** Our own words: no run of seven words of an answer or title appears in the FAQ. */
    @Test
    void noAnswerRepeatsTheFaqsSentences() throws IOException {
        Set<String> faq = shingles(Files.readString(FAQ));
        for (Topic t : defaultTopics().topics().values()) {
            Topic.Text fr = t.text(Lang.FR);
            Set<String> ours = shingles(fr.title() + " " + fr.answer());
            ours.retainAll(faq);
            assertThat(ours).as(t.id()).isEmpty();
        }
    }

    @Test
    void explainTopicsListsThemAndExplainTopicAnswersWithTheFaqDate() throws IOException {
        InProcess list = InProcess.run("explain", "--topics").assertNoStackTrace();
        assertThat(list.status()).isZero();
        EXPECTED.forEach(id -> assertThat(list.out()).contains("  " + id + " "));
        InProcess one = InProcess.run("explain", "mssante-dmp");
        assertThat(one.status()).isZero();
        assertThat(one.out()).startsWith("mssante-dmp — MSSanté et DMP")
                .contains("Source : FAQ « Déployer la MSSanté en ESSMS » du 21 novembre 2023, question sur la différence")
                .contains("Règles liées : GOV-NO-DOCUMENT-INTEGRATION");
        InProcess en = InProcess.run("explain", "Securite-BAL", "--lang", "en");
        assertThat(en.out()).contains("How MSSanté mailboxes are secured", "of 21 November 2023")
                .doesNotContain("Source :");
        JsonNode json = JSON.readTree(InProcess.run("explain", "mineurs", "--format", "json").out());
        assertThat(json.get("id").asText()).isEqualTo("mineurs");
        assertThat(json.at("/faq/date").asText()).isEqualTo("2023-11-21");
        assertThat(json.get("file").asText()).endsWith("topics/equipement-et-usagers.yaml");
        assertThat(json.get("line").asInt()).isPositive();
        JsonNode all = JSON.readTree(InProcess.run("explain", "--topics", "--format", "json", "--lang", "en").out());
        assertThat(all.get("topics")).hasSize(EXPECTED.size());
        assertThat(all.at("/topics/0/faqDate").asText()).isEqualTo("2023-11-21");
    }

    @Test
    void anUnknownTopicIsStatusTwoWithTheClosestOne() {
        InProcess run = InProcess.run("explain", "mineur").assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("mineur").contains("did you mean mineurs");
        assertThat(run.out()).isEmpty();
        assertThat(InProcess.run("explain").status()).isEqualTo(2);
        assertThat(InProcess.run("explain", "--topics", "mineurs").status()).isEqualTo(2);
    }

    @Test
    void rulesCheckPlacesEachTopicProblemAtItsFileAndLine() throws IOException {
        Path pack = TestPacks.copyOfRules(dir.resolve("pack"));
        Files.writeString(pack.resolve("topics/faulty.yaml"), """
                mssante-dmp:
                  faqDate: 2023-11-21
                  fr: {title: "Doublon", question: "q", answer: "a"}
                  en: {title: "Duplicate", question: "q", answer: "a"}
                Bad_Id:
                  faqDate: 2023-11-21
                sans-anglais:
                  faqDate: 2023-13-01
                  related: [FWD-AUTOMATICK]
                  fr:
                    titel: "Faute de frappe"
                    question: "q"
                    answer: "a"
                """);
        List<PackProblem> problems = TopicCatalog.read(pack, TestPacks.pack().rules().keySet()).problems();
        assertThat(problems).extracting(PackProblem::format).anySatisfy(p -> assertThat(p)
                .startsWith(pack.resolve("topics/faulty.yaml") + ":1:1:").contains("déjà défini dans")
                .contains("dossiers-et-outils.yaml:"));
        assertThat(problems).extracting(PackProblem::format)
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:5:1:").contains("Bad_Id"))
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:8:").contains("2023-13-01"))
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:9:").contains("FWD-AUTOMATICK")
                        .contains("vouliez-vous dire FWD-AUTOMATIC"))
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:11:").contains("« titel »")
                        .contains("« title »"))
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:10:").contains("title en français"))
                .anySatisfy(p -> assertThat(p).contains("faulty.yaml:7:").contains("textes en anglais (en) manquants"));
        InProcess check = InProcess.run("rules", "check", "--rules", pack).assertNoStackTrace();
        assertThat(check.status()).isEqualTo(3);
        assertThat(check.out()).contains("faulty.yaml:9:").contains(problems.size() + " problèmes.");
    }

    private static TopicCatalog defaultTopics() {
        return TopicCatalog.read(TestPacks.RULES, TestPacks.pack().rules().keySet());
    }

    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 7 <= words.length; i++) {
            out.add(String.join(" ", List.of(words).subList(i, i + 7)));
        }
        return out;
    }
}
