package fr.mssante.advisor.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.ChildJvm;
import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.cli.Main;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.HtmlRenderer;
import fr.mssante.advisor.report.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * What a setup file must never do: inject markup into the reports, make the tool read another file
 * or load code; what the tool must never do: pick a rule pack nobody named, or log personal data.
 */
class SecurityTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The injection setup (names, addresses, a waiver reason) audited together with a file whose name is markup. */
    private AuditRun injectionRun() throws IOException {
        Path folder = dir.resolve("lot");
        Files.createDirectories(folder);
        Files.copy(HOSTILE.resolve("html-injection.yaml"), folder.resolve("a.yaml"));
        Files.copy(HOSTILE.resolve("merge-key.yaml"), folder.resolve("<img src=x onerror=alert(2)>.yaml"));
        AuditRun run = TestPacks.auditor().auditAll(List.of(folder), OPTIONS);
        assertThat(run.reports()).filteredOn(r -> r.source().endsWith("a.yaml")).singleElement()
                .satisfies(r -> assertThat(r.findings()).as("the setup is audited, its texts reach the report").isNotEmpty());
        return run;
    }

    @Test
    void htmlReportEscapesEverythingFromTheSetup() throws Exception {
        String html = new HtmlRenderer().render(injectionRun(), Lang.FR);
        assertThat(html).doesNotContain("<script", "<img", "<b>c", "</td><script", "javascript:alert(1)\"")
                .contains("&lt;script&gt;alert('nom')&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;.yaml");
        // Well-formed, and no element came from the setup: no script, no image, no link to javascript:.
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("img").getLength()).isZero();
        assertThat(page.getDocumentElement().getTextContent()).contains("<script>alert('nom')</script> EHPAD **gras**",
                "</td><script>alert('motif')</script>");
    }

    @Test
    void markdownReportEscapesEverythingFromTheSetup() throws IOException {
        String md = new MarkdownRenderer().render(injectionRun(), Lang.FR);
        assertThat(md).doesNotContain("**gras**", "[lien](javascript", "![img](", "| col |");
        assertThat(Pattern.compile("(?<!\\\\)<(script|img|/td)").matcher(md).find()).as("a tag not escaped").isFalse();
        assertThat(Pattern.compile("(?m)^# Titre").matcher(md).find()).as("a heading made by a last name").isFalse();
        assertThat(md).contains("\\<script\\>").contains("\\*\\*gras\\*\\*");
    }

    @Test
    void aSetupFileCannotMakeTheToolReadAnotherFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MOT-DE-PASSE-42");
        String uri = secret.toUri().toString();
        String[] attempts = {
            "format: mssante-setup/1\nstructure:\n  name: !!java.io.File \"" + secret + "\"\n",
            "format: mssante-setup/1\nstructure:\n  name: !include " + secret + "\n",
            "format: mssante-setup/1\ninclude: " + secret + "\n",
            "{\"format\": \"mssante-setup/1\", \"structure\": {\"$ref\": \"" + uri + "\"}}",
            "{\"$schema\": \"" + uri + "\", \"format\": \"mssante-setup/1\"}",
            "format: mssante-setup/1\nstructure: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                    + " [[!!java.net.URL [\"" + uri + "\"]]]]\n"};
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < attempts.length; i++) {
            files.add(Files.writeString(dir.resolve("attempt-" + i + (attempts[i].startsWith("{") ? ".json" : ".yaml")),
                    attempts[i]));
        }
        Path out = dir.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("audit", "--as-of", "2026-01-15", "--format", "json", "--output",
                out.toString()));
        files.forEach(f -> args.add(f.toString()));
        assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(2);
        String report = Files.readString(out);
        assertThat(report).doesNotContain("MOT-DE-PASSE-42");
        JsonNode reports = JSON.readTree(report).get("reports");
        assertThat(reports).hasSize(attempts.length).allSatisfy(r -> assertThat(r.get("errors")).isNotEmpty());
    }

    @Test
    void rulesComeOnlyFromThePackTheUserNames() throws Exception {
        // A rules/ folder with a broken rule where the tool runs: ignored, the jar's pack is used.
        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("rules"));
        Files.writeString(work.resolve("rules/pack.yaml"), "name: piège\n");
        Files.writeString(work.resolve("rules/evil.drl"), "package rules.evil;\nrule \"x\" when then"
                + " System.exit(42); end\n");
        Files.copy(TestPacks.SAMPLES.resolve("ehpad-clean.yaml"), work.resolve("ehpad.yaml"));
        ChildJvm.Exec clean = ChildJvm.run(work, "audit", "--as-of", "2026-01-15", "-q", "ehpad.yaml").assertNoStackTrace();
        assertThat(clean.status()).isZero();
        // A pack named by a URL is not fetched: it is a folder name that does not exist (bad usage).
        assertThat(Main.run("audit", "-q", "--rules", "https://attacker.example/pack",
                work.resolve("ehpad.yaml").toString())).isEqualTo(2);
    }

    @Test
    void noPersonalDataInTheLogsOfAFullAudit() throws Exception {
        Path sample = TestPacks.SAMPLES.resolve("ehpad-les-charmilles.yaml");
        JsonNode setup = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(sample.toFile());
        List<String> personal = new ArrayList<>();
        setup.path("professionals").forEach(p -> List.of("firstName", "lastName", "rpps", "adeli")
                .forEach(f -> { if (p.hasNonNull(f)) { personal.add(p.get(f).asText()); } }));
        setup.path("exchanges").forEach(e -> { if (e.hasNonNull("address")) { personal.add(e.get("address").asText()); } });
        assertThat(personal).as("the sample names people").hasSizeGreaterThan(4);

        Path rules = TestPacks.copyOfRules(dir);
        Files.createDirectories(rules.resolve("broken"));
        Files.copy(Path.of("src/test/resources/broken-rules/consequence-throws.drl"),
                rules.resolve("broken/consequence-throws.drl"));
        for (List<Object> args : List.of(
                List.<Object>of("audit", "--as-of", "2026-01-15", "--format", "json", sample.toAbsolutePath()),
                List.<Object>of("audit", "--as-of", "2026-01-15", "--rules", rules, sample.toAbsolutePath()))) {
            ChildJvm.Exec e = ChildJvm.run(dir, args.toArray()).assertNoStackTrace();
            assertThat(e.out()).as("the report itself names the structure").isNotBlank();
            for (String value : personal) {
                assertThat(e.err()).as("stderr of %s", args).doesNotContain(value);
            }
        }
    }
}
