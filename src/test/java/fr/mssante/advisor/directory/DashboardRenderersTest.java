package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four formats on the fixtures' dashboard: shape of the JSON, CSV lines, HTML escaping, text sections. */
class DashboardRenderersTest {

    private static Dashboard dashboard;

    @BeforeAll
    static void make() {
        dashboard = DirectoryDashboardTest.dashboard(List.of(), List.of(), null);
    }

    @Test
    void jsonHasTheShapeOfTheIssue() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new DashboardJsonRenderer().render(dashboard, Lang.FR));

        JsonNode d93 = json.get("departments").get(2);
        assertThat(d93.get("code").asText()).isEqualTo("93");
        assertThat(d93.get("structures").asInt()).isEqualTo(3);
        assertThat(d93.get("equipped").asInt()).isEqualTo(2);
        assertThat(d93.get("withOrg").asInt()).isEqualTo(1);
        JsonNode category = json.get("categories").get(0);
        assertThat(category.fieldNames()).toIterable().contains("code", "label", "structures", "equipped", "withOrg");
        JsonNode first = json.get("structures").get(0);
        assertThat(first.fieldNames()).toIterable().contains("finess", "name", "category", "department", "mailboxes",
                "findings");
        assertThat(first.get("mailboxes").fieldNames()).toIterable().contains("PER", "ORG", "APP");
        assertThat(json.get("structures")).hasSize(8);
        assertThat(json.at("/rules/applied/0/ruleId").asText()).isEqualTo("BAL-ADDRESS-INVALID");
        assertThat(json.at("/rules/notApplicable")).isNotEmpty();
        assertThat(json.at("/inputs/finess/malformed/count").asInt()).isEqualTo(1);
        assertThat(json.at("/inputs/finess/malformed/firstLines/0").asInt()).isEqualTo(5);
        assertThat(json.at("/inputs/mssante/malformed/firstLines/0").asInt()).isEqualTo(6);
        assertThat(json.at("/trustSpace/source").asText()).isEqualTo("pack");
    }

    @Test
    void csvHasOneLinePerEstablishmentAndQuotesWhatNeedsIt() {
        String csv = new DashboardCsvRenderer().render(dashboard, Lang.FR);
        List<String> lines = csv.lines().toList();

        assertThat(lines).hasSize(1 + 8);
        assertThat(lines.get(0)).isEqualTo(String.join(";", DashboardCsvRenderer.HEADER));
        assertThat(lines).anyMatch(l -> l.startsWith("930000039;SSIAD DU CANAL;354;") && l.endsWith(
                ";1;0;0;0;0;BAL-OUTSIDE-TRUST-SPACE,BAL-ORG-MISSING;ERROR"));
        assertThat(lines).anyMatch(l -> l.startsWith("940000094;\"FOYER <B>LES PINS</B> & \"\"CIE\"\"\";382;"));
        assertThat(DashboardCsvRenderer.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }

    @Test
    void htmlIsSelfContainedFrenchAndEscapesEveryValue() {
        String html = new DashboardHtmlRenderer().render(dashboard, Lang.FR);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">");
        assertThat(html).contains("FOYER &lt;B&gt;LES PINS&lt;/B&gt; &amp; &quot;CIE&quot;").doesNotContain("<B>");
        // Nothing is fetched: no script, style sheet, image or font from elsewhere; the only addresses are the
        // hyperlinks of the map's attribution.
        assertThat(html).doesNotContain("src=", "<link", "@import", "url(", "<img", "<iframe");
        assertThat(html.replaceAll("<a href=\"https://[^\"]*\">", "")).doesNotContain("http://", "https://");
        assertThat(html).contains("Taux d&#39;équipement", "Sans BAL ORG", "id=\"dep-93\"", "class=\"sortable\"");
        // The establishments of the 93 without an ORG mailbox are marked, the one with an ORG mailbox is not.
        assertThat(html).containsPattern("<tr class=\"no-org\" data-cat=\"500\"[^>]*><td>930000021</td>");
        assertThat(html).containsPattern("<tr data-cat=\"500\"[^>]*><td>930000013</td>");
    }

    @Test
    void theFrenchPageShowsNoCodeInEnglishNorAnUnagreedPlural() {
        for (Dashboard d : List.of(dashboard, DirectoryRppsTest.withRpps())) {
            String visible = new DashboardHtmlRenderer().render(d, Lang.FR).replaceAll("(?s)<script>.*?</script>", "")
                    .replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
            assertThat(visible).doesNotContain("ERROR", "WARNING", "AUTRE", "(s)", "Severity", "Findings");
            assertThat(visible).contains("ERREUR", "AVERTISSEMENT");
            String text = new DashboardTextRenderer().render(d, Lang.FR);
            assertThat(text).doesNotContain(" ERROR ", " WARNING ", "AUTRE", "(s)").contains("ERREUR");
        }
    }

    @Test
    void withTheRppsEveryFormatGivesTheProfessionals() throws Exception {
        Dashboard d = DirectoryRppsTest.withRpps();

        JsonNode json = new ObjectMapper().readTree(new DashboardJsonRenderer().render(d, Lang.FR));
        JsonNode erables = null;
        for (JsonNode s : json.get("structures")) {
            if (s.get("finess").asText().equals("930000013")) {
                erables = s;
            }
        }
        assertThat(erables.at("/professionals/registered").asInt()).isEqualTo(3);
        assertThat(erables.at("/professionals/qualified").asInt()).isEqualTo(3);
        assertThat(erables.at("/professionals/byProfession/0/code").asText()).isEqualTo("10");
        assertThat(json.at("/departments/3/withoutQualified").asInt()).isEqualTo(2);
        assertThat(json.at("/inputs/rpps/columns").asInt()).isEqualTo(56);
        assertThat(json.at("/inputs/rpps/attached").asInt()).isEqualTo(9);
        assertThat(json.at("/rules/needingRpps")).isEmpty();
        JsonNode without = new ObjectMapper().readTree(new DashboardJsonRenderer().render(dashboard, Lang.FR));
        assertThat(without.at("/structures/0/professionals").isMissingNode()).as("unknown, not 0").isTrue();
        assertThat(without.at("/departments/0/withoutQualified").isMissingNode()).isTrue();
        assertThat(without.at("/rules/needingRpps").size()).isEqualTo(4);

        List<String> csv = new DashboardCsvRenderer().render(d, Lang.FR).lines().toList();
        assertThat(csv.get(0)).contains(";withOrg;professionals;qualified;byProfession;findings;");
        assertThat(csv).anyMatch(l -> l.startsWith("930000013;") && l.contains(";1;3;3;10:1,35:1,60:1;"));
        assertThat(csv).anyMatch(l -> l.startsWith("930000021;") && l.contains(";1;0;40:1;"));

        String text = new DashboardTextRenderer().render(d, Lang.FR);
        assertThat(text).contains("Prof. RPPS", "Établissements sans professionnel habilité enregistré au RPPS (3)",
                "3 établissements sans professionnel habilité enregistré au RPPS", "RPPS : ",
                "RPPS : 1 ligne mal formée ignorée (ligne 10).");
        assertThat(new DashboardTextRenderer().render(dashboard, Lang.FR))
                .contains("Avec --rpps (l'extraction RPPS des professionnels), s'appliqueraient aussi : BAL-PER-WITHOUT-RPPS");

        String html = new DashboardHtmlRenderer().render(d, Lang.FR);
        assertThat(html).contains("id=\"noqual\"", "Professionnels RPPS", "3 (Médecin 1, Aide-soignant 1, Infirmier 1)");
        assertThat(html).containsPattern("<tr class=\"no-org no-qualified\" data-cat=\"500\"[^>]*><td>930000021</td>");
    }

    @Test
    void textGivesTheCountsTheEstablishmentsWithoutOrgAndTheFilesRead() {
        String text = new DashboardTextRenderer().render(dashboard, Lang.FR);

        assertThat(text).contains("Par département", "93 SEINE-SAINT-DENIS", "Établissements sans BAL organisationnelle (4)",
                "930000021", "Règles appliquées", "Règles non applicables", "FINESS : 1 ligne mal formée ignorée (ligne 5).",
                "Espace de confiance : liste du paquet");
        assertThat(new DashboardTextRenderer().render(dashboard, Lang.EN)).contains("By department", "Rules applied",
                "FINESS: 1 malformed line skipped (line 5).").doesNotContain("(s)").contains("ERROR");
        assertThat(text).contains("ERREUR").doesNotContain("(s)").doesNotContainPattern("\\bWARNING\\b|\\bERROR\\b");
    }
}
