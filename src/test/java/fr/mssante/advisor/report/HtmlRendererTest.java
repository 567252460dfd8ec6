package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.i18n.Lang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The HTML page is well-formed, self-contained, and shows hostile text as text. */
class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void isWellFormedAndShowsAScriptInAMessageAsText() throws Exception {
        String html = renderer.render(ReportFixture.run(Lang.FR), Lang.FR);
        Document page = parse(html);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getDocumentElement().getTextContent()).contains(ReportFixture.SCRIPT);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(\"x\") &amp; 'y'&lt;/script&gt;");
    }

    @Test
    void printsFindingsWholeTheFullPlanOnPaperWaiversWithTheirEndAndLinksTheOverview() {
        AuditRun run = fr.mssante.advisor.TestPacks.auditor().auditAll(java.util.List.of(
                java.nio.file.Path.of("samples/ehpad-les-charmilles.yaml"), java.nio.file.Path.of("samples/saad-les-aubepines.yaml")),
                new fr.mssante.advisor.audit.AuditOptions(java.time.LocalDate.of(2026, 1, 15), Lang.FR));
        String html = renderer.render(run, Lang.FR);
        assertThat(html).contains("@media print", ".finding, tr, .verdict { break-inside: avoid;",
                "h2, h3, h4 { break-after: avoid;", ".print-only { display: list-item; }", ".screen-only { display: none; }");
        // ehpad-les-charmilles has more than five points to act on: the screen shows five and a count,
        // paper the rest too.
        assertThat(html).contains("<li class=\"print-only\">", "<p class=\"screen-only\">… et ");
        assertThat(html).contains("<a href=\"#structure-1\">", "<a href=\"#structure-2\">",
                "<section class=\"report\" id=\"structure-1\">", "<section class=\"report\" id=\"structure-2\">");
        assertThat(html).contains("<th>Jusqu'au</th>").containsPattern("<td>\\d{1,2}(er)? [a-zéû]+ 20\\d\\d</td>");
    }

    @Test
    void isOnePageWithNothingFetchedAndNoScript() {
        String html = renderer.render(ReportFixture.run(Lang.FR), Lang.FR);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\"", "<style>")
                .doesNotContainPattern("href=\"(?!#)").doesNotContain("<link", "src=", "url(", "@import", "http:", "https:", "on" + "click");
    }

    @Test
    void saysItsLanguageAndColoursEachSeverity() throws Exception {
        Document fr = parse(renderer.render(ReportFixture.run(Lang.FR), Lang.FR));
        Document en = parse(renderer.render(ReportFixture.run(Lang.EN), Lang.EN));
        assertThat(fr.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(en.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        String html = renderer.render(ReportFixture.run(Lang.FR), Lang.FR);
        assertThat(html).contains("class=\"finding error\"", "class=\"finding warning\"", "class=\"finding info\"",
                "class=\"verdict eligible\"", "class=\"verdict eligible_pending_registration\"");
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
