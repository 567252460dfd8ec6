package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What comes from a setup file cannot break the Markdown: tables keep their columns, markup stays text. */
class MarkdownRendererTest {

    private final String markdown = new MarkdownRenderer().render(ReportFixture.run(Lang.FR), Lang.FR);

    @Test
    void tableCellsEscapePipesAndLineBreaks() {
        assertThat(markdown).contains("| ligne 12, colonne 11 | mailboxes\\[1\\].type | valeur « staff\\|usager » inattendue",
                "| position inconnue |  | while parsing a block mapping<br> expected \\<block end\\>, but found '-' |");
        List<String> rows = markdown.lines().filter(l -> l.startsWith("|")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isIn(4L, 5L, 6L));
    }

    @Test
    void markupInTextsIsEscaped() {
        assertThat(markdown).contains("\\<script\\>", "« \\*secretariat\\*@orange.fr »", "bal\\_secretariat")
                .doesNotContainPattern("(?<!\\\\)<script");
    }

    @Test
    void textThatWouldStartABlockIsEscaped() {
        assertThat(MarkdownRenderer.text("1. Rédigez")).isEqualTo("1\\. Rédigez");
        assertThat(MarkdownRenderer.text("- tiret")).isEqualTo("\\- tiret");
        assertThat(MarkdownRenderer.text("# titre")).isEqualTo("\\# titre");
        assertThat(MarkdownRenderer.text("2026 : date")).isEqualTo("2026 : date");
        assertThat(MarkdownRenderer.code("a`b")).isEqualTo("``a`b``");
    }

    @Test
    void verdictComesBeforeTheFindings() {
        int verdict = markdown.indexOf("**Éligibilité : ÉLIGIBLE**");
        assertThat(verdict).isPositive().isLessThan(markdown.indexOf("### ERREURS (2)"));
        assertThat(markdown.indexOf("### Plan d'action")).isBetween(verdict, markdown.indexOf("### ERREURS (2)"));
    }
}
