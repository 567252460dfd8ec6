package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.Report;
import fr.mssante.advisor.api.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page of {@code serve} in headless Debian chromium, as a director uses it: audit a sample and read a
 * finding, build a small EHPAD's file in the form until it audits clean and download its YAML, browse a
 * rule, print the report; with the keyboard alone (every control reached by Tab, focus always visible),
 * WCAG 2.1 AA contrast measured on the rendered page, and no console error (a CSP refusal would be one).
 * Screenshots and the printed PDF are written under {@code target/page-browser/} to be looked at.
 * Without chromium and chromedriver the test is skipped, except on CI, which installs them.
 */
class PageBrowserTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("samples");

    private static AdvisorServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed (apt-get install"
                    + " chromium chromium-driver)");
        }
        server = AdvisorServer.start(ServeConfig.local(0).withAccessLog(false));
        base = server.url();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void auditsASampleAndShowsTheHtmlReportsOwnContent() throws Exception {
        browser.open(base + "#audit");
        Path sample = SAMPLES.resolve("ehpad-les-charmilles.yaml").toAbsolutePath();
        browser.find("#audit-files").sendKeys(sample.toString());
        browser.waitFor(d -> !d.findElements(By.cssSelector("#audit-report .finding")).isEmpty());

        WebElement finding = browser.find("#audit-report .finding.error");
        assertThat(finding.getText()).contains("BAL-PER-WITHOUT-RPPS").contains("bal-direction").contains("ligne 51");
        assertThat(browser.find("#audit-report").getText()).contains("Fichier : ehpad-les-charmilles.yaml");
        assertThat(browser.find("#audit-status").getText()).startsWith("Audit de « ehpad-les-charmilles.yaml » terminé.")
                .contains("Bilan");
        // The page shows the HTML renderer's report: the same findings, in the same order, as the API's HTML.
        String html = Advisor.withDefaultRules().auditTogether(List.of(
                fr.mssante.advisor.api.AuditRequest.of(sample))).render("html");
        assertThat(texts("#audit-report .finding > :first-child")).containsExactlyElementsOf(headings(html));
        browser.fullScreenshot("audit-charmilles");

        for (String format : List.of("html", "json", "markdown")) {
            browser.find("#audit-result button[data-format=" + format + "]").click();
        }
        String name = "rapport-ehpad-les-charmilles-" + java.time.LocalDate.now();
        assertThat(Files.readString(browser.downloaded(name + ".html"))).startsWith("<!DOCTYPE html>")
                .contains("BAL-PER-WITHOUT-RPPS").contains("<style>");
        JsonNode json = JSON.readTree(browser.downloaded(name + ".json").toFile());
        assertThat(json.toString()).contains("BAL-PER-WITHOUT-RPPS");
        assertThat(json.path("source").asText()).as("one file's JSON, as audit FILE --format json").isEqualTo("request");
        assertThat(Files.readString(browser.downloaded(name + ".md"))).contains("BAL-PER-WITHOUT-RPPS");

        printed("#audit-report", "audit-charmilles", 2, 6);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void severalFilesGiveThePortfolioView() throws Exception {
        browser.open(base + "#audit");
        String files = SAMPLES.resolve("hopital-ch-montval.yaml").toAbsolutePath() + "\n"
                + SAMPLES.resolve("csapa-ch-montval.yaml").toAbsolutePath();
        browser.find("#audit-files").sendKeys(files);
        browser.waitFor(d -> !d.findElements(By.cssSelector("#audit-report .overview")).isEmpty());
        assertThat(browser.find("#audit-report .overview").getText()).contains("hopital-ch-montval.yaml")
                .contains("csapa-ch-montval.yaml");
        assertThat(browser.find("#audit-report .portfolio").getText()).contains("PORT-APP-PER-ESTABLISHMENT");
        assertThat(browser.find("#audit-to-form").isDisplayed()).isFalse();
        browser.fullScreenshot("audit-portfolio");
    }

    @Test
    void buildsASmallEhpadInTheFormThatAuditsClean() throws Exception {
        browser.open(base + "#formulaire");
        type("#f-structure-name", "EHPAD Les Tilleuls");
        type("#f-structure-finess", "780053054");
        choose("#f-structure-category", "EHPAD");
        click("#f-structure-careTeams-add");
        replace("#f-structure-careTeams-0-id", "equipe-soins");
        type("#f-structure-careTeams-0-name", "Équipe de soins");
        type("#f-structure-useCases", "Réception des comptes rendus d'hospitalisation");
        space("#f-structure-usageProtocol");
        space("#f-structure-documentIntegration");
        space("#f-deployment-deployed");
        click("#f-professionals-add");
        type("#f-professionals-0-firstName", "Claire");
        type("#f-professionals-0-lastName", "Martin");
        choose("#f-professionals-0-profession", "INFIRMIER");
        choose("#f-professionals-0-role", "COORDINATION");
        type("#f-professionals-0-rpps", "10000732486");
        choose("#f-professionals-0-registeredBy", "ORDER");
        choose("#f-professionals-0-card", "CPS");
        click("#f-professionals-add");
        type("#f-professionals-1-firstName", "Paul");
        type("#f-professionals-1-lastName", "Bernard");
        choose("#f-professionals-1-profession", "DIRECTEUR");
        choose("#f-professionals-1-role", "MANAGEMENT");
        choose("#f-professionals-1-card", "CPE");
        space("#f-professionals-1-establishmentAdmin");
        click("#f-mailboxes-add");
        type("#f-mailboxes-0-address", "soins@ehpad-tilleuls.mssante.fr");
        choose("#f-mailboxes-0-type", "ORG");
        type("#f-mailboxes-0-operator", "GRADeS");
        choose("#f-mailboxes-0-team", "equipe-soins");
        choose("#f-mailboxes-0-responsible", "pro-1");
        space("#f-mailboxes-0-authorizedUsers-0");
        space("#f-mailboxes-0-clients-0");
        // A personal mailbox's owner is not asked for an organisational one.
        assertThat(browser.find("#f-mailboxes-0-owner").isDisplayed()).isFalse();

        // The findings follow the form a moment after the last change: they end up clean.
        browser.waitFor(d -> d.findElement(By.id("live-status")).getText().matches(".*Bilan : 0 erreur.*, 0 avertissement.*"));
        assertThat(browser.find("#form-checks").getText()).contains("respecte le format");
        assertThat(browser.all("#live-report .finding.error, #live-report .finding.warning")).isEmpty();
        assertThat(browser.find("#live-report").getText()).contains("ÉLIGIBLE").contains("Aucun constat");
        browser.fullScreenshot("form-ehpad-clean");
        browser.js("document.getElementById('form-title').scrollIntoView()");
        browser.screenshot("form-ehpad-clean-top");
        browser.js("document.getElementById('f-mailboxes-0').scrollIntoView()");
        browser.screenshot("form-ehpad-clean-mailbox");

        printed("#live-report", "form-ehpad-clean", 1, 2);

        click("#form-download");
        Path yaml = browser.downloaded("ehpad-les-tilleuls.yaml");
        String text = Files.readString(yaml);
        assertThat(text).startsWith("# Configuration MSSanté de « EHPAD Les Tilleuls »")
                .contains("name: \"EHPAD Les Tilleuls\"").contains("finess: \"780053054\"");
        assertThat(YAML.readTree(text)).isEqualTo(JSON.readTree(Browser.resource("ehpad-tilleuls.json")));
        Report report = Advisor.withDefaultRules().audit(yaml);
        assertThat(report.readable()).isTrue();
        assertThat(report.hasFindingsAtLeast(Severity.WARNING)).as(report.render("text")).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSchemasChecksShowAsTheUserTypes() throws Exception {
        browser.open(base + "#formulaire");
        click("#f-professionals-add");
        replace("#f-professionals-0-id", "p dupont");
        browser.tab();
        assertThat(browser.find("#e-f-professionals-0-id").getText()).contains("sans espace");
        assertThat(browser.find("#f-professionals-0-id").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#form-checks").getText()).contains("« Nom de la structure » est obligatoire")
                .contains("2 points");
        browser.waitFor(d -> d.findElement(By.id("live-status")).getText().contains("dès que le fichier respectera le format"));
        browser.screenshot("form-checks");
        // Every field and value of the schema has its French words in labels-fr.js.
        Object missing = browser.module("fetch('/api/v1/schema').then(r => r.json()).then(s =>"
                + " import('/js/form-schema.js').then(m => done(m.missingLabels(s))))");
        assertThat((List<?>) missing).as("fields and values of the schema without a French label").isEmpty();
    }

    @Test
    void startsFromASampleAndKeepsEveryValue() throws Exception {
        browser.open(base + "#formulaire");
        choose("#form-sample", "ime-les-moulins.yaml");
        click("#form-sample-load");
        browser.waitFor(d -> d.findElement(By.id("form-status")).getText().contains("ime-les-moulins.yaml"));
        browser.waitFor(d -> d.findElement(By.id("live-status")).getText().contains("Bilan"));
        assertThat(browser.find("#live-report").getText()).contains("BAL-DOUBLE-INTEGRATION");
        String written = (String) browser.js("return document.getElementById('form-yaml').textContent;");
        assertThat(YAML.readTree(written)).isEqualTo(YAML.readTree(SAMPLES.resolve("ime-les-moulins.yaml").toFile()));
        browser.fullScreenshot("form-sample-ime");
    }

    @Test
    void theYamlWrittenReadsBackAsTheSameTree() throws Exception {
        browser.open(base + "#formulaire");
        List<String> tricky = List.of("yes", "no", "on", "off", "y", "n", "null", "~", "true", "1:20", "0123", "0x1F",
                "1_000", "12e3", ".5", "2026-03-31", "# pas un commentaire", "a: b", "- x", "'", "\"", "\\", "\t tab",
                "deux\nlignes", "fin de ligne \n", " espace devant", "espace derrière ", "", "@x", "`x", "%x", "!x",
                "&x", "*x", "{x}", "[x]", ">x", "|x", "?", "ünïcödé", "emoji 😀", "NBSP\u00a0", "sep\u2028ligne",
                "\u0085nel", "contrôle\u0007", "=");
        Map<String, Object> tree = Map.of("format", "mssante-setup/1", "values", tricky, "nested",
                Map.of("deployed", false, "list", List.of(Map.of("id", "é-1", "empty", List.of()))));
        String yaml = (String) browser.module("import('/js/yaml.js').then(m => done(m.write(arguments[0], 'essai')))", tree);
        assertThat(YAML.readTree(yaml)).isEqualTo(JSON.valueToTree(tree));
        assertThat(yaml).startsWith("# essai\n");
    }

    @Test
    void browsesARuleAndOpensItsExampleInTheForm() throws Exception {
        browser.open(base + "#regles");
        assertThat(browser.all("#rules-table tbody tr")).hasSizeGreaterThan(40);
        type("#rules-filter", "transfert");
        assertThat(browser.find("#rules-status").getText()).contains("règles affichées sur");
        browser.find("#rules-table a[href='#regles/FWD-AUTOMATIC']").click();
        browser.waitFor(d -> d.findElement(By.id("rule-detail")).getText().contains("Comment corriger"));
        String detail = browser.find("#rule-detail").getText();
        assertThat(detail).contains("FWD-AUTOMATIC").contains("Pourquoi").contains("FAQ").contains("format: \"mssante-setup/1\"");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("rule-title");
        browser.fullScreenshot("rule-fwd-automatic");
        browser.find("#rule-detail button").click();
        browser.waitFor(d -> d.findElement(By.id("form-status")).getText().contains("FWD-AUTOMATIC"));
        browser.waitFor(d -> d.findElement(By.id("live-report")).getText().contains("FWD-AUTOMATIC"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theKeyboardAloneReachesEveryControlWithAVisibleFocus() throws Exception {
        browser.open(base);
        browser.tab();
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("skip");
        browser.screenshot("keyboard-skip-link");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("audit-title");
        browser.tab();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("audit-files");
        // On another panel, the skip link leads to that panel's heading and the panel stays.
        browser.open(base + "#regles");
        browser.js("document.querySelector('.skip').focus();");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.js("return document.activeElement.id + location.hash")).isEqualTo("rules-title#regles");
        for (String panel : List.of("audit", "formulaire", "regles")) {
            browser.open(base + "#" + panel);
            walk(panel);
        }
        // The report's region and the form's controls are reachable too.
        browser.open(base + "#formulaire");
        choose("#form-sample", "ehpad-les-charmilles.yaml");
        click("#form-sample-load");
        browser.waitFor(d -> d.findElement(By.id("live-status")).getText().contains("Bilan"));
        walk("formulaire-charmilles");
        browser.find("#form-to-live").sendKeys(Keys.ENTER);
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("live-title");
        browser.tab();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("form-download");
    }

    @Test
    void everyTextMeetsWcagAaContrast() throws Exception {
        browser.open(base + "#audit");
        browser.find("#audit-files").sendKeys(SAMPLES.resolve("saad-les-aubepines.yaml").toAbsolutePath().toString());
        browser.waitFor(d -> !d.findElements(By.cssSelector("#audit-report .finding")).isEmpty());
        List<Object> problems = new ArrayList<>((List<?>) browser.check("contrastProblems()"));
        browser.open(base + "#formulaire");
        choose("#form-sample", "residence-autonomie-les-lilas.yaml");
        click("#form-sample-load");
        browser.waitFor(d -> d.findElement(By.id("live-status")).getText().contains("Bilan"));
        problems.addAll((List<?>) browser.check("contrastProblems()"));
        browser.open(base + "#regles");
        problems.addAll((List<?>) browser.check("contrastProblems()"));
        assertThat(problems).isEmpty();
    }

    /** Tabs from the top of the page until the focus comes back to it: every control met, focus visible. */
    private static void walk(String name) throws IOException {
        List<?> expected = (List<?>) browser.check("tabbables()");
        // From the skip link (an address with a #part starts the Tab order at that part, as it should).
        browser.js("document.querySelector('.skip').focus();");
        List<String> reached = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < expected.size() * 3 + 10; i++) {
            if (i > 0) {
                browser.tab();
            }
            List<?> step = (List<?>) browser.check("[describe(document.activeElement), focusProblem()]");
            String at = (String) step.get(0);
            if (!reached.isEmpty() && at.equals(reached.get(0)) || at.equals("body") && !reached.isEmpty()) {
                break;
            }
            if (!reached.isEmpty() && at.equals(reached.get(reached.size() - 1))) {
                continue;   // a date field's day, month and year: one control, several stops
            }
            reached.add(at);
            if (step.get(1) != null) {
                unseen.add((String) step.get(1));
            }
            if (i == 6) {
                browser.screenshot("keyboard-" + name);
            }
        }
        assertThat(reached).as("Tab order of " + name).containsExactlyElementsOf(expected.stream().map(String::valueOf).toList());
        assertThat(unseen).as("focus not visible in " + name).isEmpty();
    }

    private static List<String> texts(String css) {
        return browser.all(css).stream().map(e -> e.getText().strip()).toList();
    }

    /** The finding headings of an HTML report (as XmlOut writes it), as text. */
    private static List<String> headings(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<article class=\"finding[^\"]*\">\\s*<h\\d>(.*?)</h\\d>", Pattern.DOTALL)
                .matcher(html);
        while (m.find()) {
            out.add(m.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&amp;", "&").strip());
        }
        return out;
    }

    /**
     * Prints the page as its print button does (the report alone: print.css leaves out all that does not
     * hold the marked element) and checks the PDF's number of pages.
     */
    private static void printed(String report, String name, int minPages, int maxPages) throws IOException {
        browser.js("document.body.dataset.printing = 'true';"
                + " document.querySelector(arguments[0]).setAttribute('data-print-target', '');", report);
        Path pdf = browser.print(name);
        browser.js("delete document.body.dataset.printing;"
                + " document.querySelector(arguments[0]).removeAttribute('data-print-target');", report);
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF");
        assertThat(pages(pdfText)).isBetween(minPages, maxPages);
    }

    private static int pages(String pdf) {
        return pdf.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    private static void type(String css, String text) {
        browser.find(css).sendKeys(text);
    }

    private static void replace(String css, String text) {
        WebElement el = browser.find(css);
        el.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void click(String css) {
        browser.find(css).click();
    }

    /** A check box ticked from the keyboard. */
    private static void space(String css) {
        browser.find(css).sendKeys(Keys.SPACE);
    }

    private static void choose(String css, String value) {
        new Select(browser.find(css)).selectByValue(value);
    }
}
