package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.FollowUpVisit;
import fr.mssante.advisor.report.SarifReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GRADeS advisor's follow-up: audit two structures, keep the JSON report, then fix one thing (the
 * automatic forwarding of bal-soins), break another (a forwarding of bal-coordination to a Gmail address),
 * shift every line with a comment, and audit again with {@code --baseline}. Every format must tell the one
 * new finding and the two fixed ones apart from the unchanged ones, and the exit status count only the new.
 */
class BaselineRoundTripTest {

    private static final String AS_OF = "2026-01-15";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path baseline;
    Path ssiad;

    @BeforeEach
    void auditThenChange() throws IOException {
        ssiad = FollowUpVisit.firstVisit(dir);
        baseline = dir.resolve("baseline.json");
        assertThat(audit("--format", "json", "--output", baseline).status()).isEqualTo(1);
        FollowUpVisit.revise(ssiad);
    }

    @Test
    void textMarksTheNewFindingAndListsTheFixedOnesInFrench() {
        InProcess run = audit("--baseline", baseline).assertNoStackTrace();
        assertThat(run.status()).as("the new forwarding outside the trust space is an ERROR").isEqualTo(1);
        assertThat(occurrences(run.out(), "[NOUVEAU]")).as("lines moved, findings did not").isEqualTo(1);
        assertThat(run.out())
                .contains("✗ [NOUVEAU] FWD-OUTSIDE-TRUST-SPACE · bal-coordination · ligne 62")
                .contains("Depuis l'audit de référence : 1 nouveau constat, 2 corrigés, 4 inchangés.")
                .contains("Depuis l'audit de référence : 0 nouveau constat, 0 corrigé, 6 inchangés.")
                .contains("CORRIGÉS DEPUIS L'AUDIT DE RÉFÉRENCE (2)")
                .contains("✓ FWD-AUTOMATIC · bal-soins — Transfert automatique entre boîtes MSSanté (ligne 58 dans la référence)")
                .contains("✓ FWD-PREFER-NOTIFICATION · bal-soins")
                .contains("Depuis l'audit de référence : au total 1 nouveau constat et 2 constats corrigés.");
        // The baseline beside the setup files is a report, not a setup file: not audited.
        assertThat(run.out()).doesNotContain("baseline.json :");
        assertThat(run.err()).contains("baseline.json est la référence");
    }

    @Test
    void englishWithLangEn() {
        String out = audit("--baseline", baseline, "--lang", "en").out();
        assertThat(out).contains("✗ [NEW] FWD-OUTSIDE-TRUST-SPACE · bal-coordination",
                "Since the baseline: 1 new finding, 2 fixed, 4 unchanged.", "FIXED SINCE THE BASELINE (2)",
                "(line 58 in the baseline)").doesNotContain("NOUVEAU", "référence");
    }

    @Test
    void htmlAndMarkdownShowTheSame() throws Exception {
        Path html = dir.resolve("out/after.html");
        Files.createDirectories(html.getParent());
        assertThat(audit("--baseline", baseline, "--format", "html", "--output", html).status()).isEqualTo(1);
        String page = Files.readString(html);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        assertThat(occurrences(page, "<span class=\"new\">[NOUVEAU]</span>")).isEqualTo(1);
        assertThat(page).contains("<span class=\"new\">[NOUVEAU]</span> <code>FWD-OUTSIDE-TRUST-SPACE</code>")
                .contains("<h3>✓ CORRIGÉS DEPUIS L'AUDIT DE RÉFÉRENCE (2)</h3>")
                .contains("<td>FWD-AUTOMATIC</td>")
                .contains("Depuis l'audit de référence : 1 nouveau constat, 2 corrigés, 4 inchangés.");
        Path md = dir.resolve("out/after.md");
        audit("--baseline", baseline, "--format", "markdown", "--output", md);
        assertThat(Files.readString(md)).contains("**\\[NOUVEAU\\]** FWD-OUTSIDE-TRUST-SPACE")
                .contains("### ✓ CORRIGÉS DEPUIS L'AUDIT DE RÉFÉRENCE (2)");
    }

    @Test
    void jsonGivesEachFindingItsStateAndEachReportItsFixedOnes() throws IOException {
        Path out = dir.resolve("out/after.json");
        Files.createDirectories(out.getParent());
        audit("--baseline", baseline, "--format", "json", "--output", out);
        JsonNode root = JSON.readTree(out.toFile());
        assertThat(root.get("reports")).hasSize(2);
        JsonNode report = root.get("reports").get(1);
        assertThat(report.get("source").asText()).endsWith("ssiad-val-de-sevre.yaml");
        List<String> states = new ArrayList<>();
        report.get("findings").forEach(f -> states.add(f.get("ruleId").asText() + " " + f.get("baselineState").asText()));
        assertThat(states).contains("FWD-OUTSIDE-TRUST-SPACE new", "PRO-NURSE-NOT-REGISTERED unchanged")
                .filteredOn(s -> s.endsWith(" new")).hasSize(1);
        assertThat(report.get("fixed")).extracting(f -> f.get("ruleId").asText() + " " + f.get("subject").asText())
                .containsExactlyInAnyOrder("FWD-AUTOMATIC bal-soins", "FWD-PREFER-NOTIFICATION bal-soins");
        assertThat(report.at("/summary/new").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/fixed").asInt()).isEqualTo(2);
        assertThat(root.get("reports").get(0).get("fixed")).isEmpty();
        assertThat(root.at("/portfolio/fixed").isArray()).isTrue();
    }

    @Test
    void sarifWritesNewUnchangedAndAbsentResults() throws IOException {
        Path out = dir.resolve("out/after.sarif");
        Files.createDirectories(out.getParent());
        audit("--baseline", baseline, "--format", "sarif", "--output", out);
        List<Result> results = SarifReports.validAndLoaded(Files.readString(out)).getRuns().get(0).getResults();
        assertThat(results).filteredOn(r -> r.getBaselineState() == Result.BaselineState.NEW)
                .extracting(Result::getRuleId).containsExactly("FWD-OUTSIDE-TRUST-SPACE");
        assertThat(results).filteredOn(r -> r.getBaselineState() == Result.BaselineState.ABSENT)
                .extracting(Result::getRuleId).containsExactlyInAnyOrder("FWD-AUTOMATIC", "FWD-PREFER-NOTIFICATION");
        assertThat(results).filteredOn(r -> r.getBaselineState() == Result.BaselineState.UNCHANGED).hasSize(10);
        assertThat(results).allSatisfy(r -> assertThat(r.getBaselineState()).isNotNull());
    }

    @Test
    void theExitStatusCountsOnlyNewFindings() throws IOException {
        // Against itself, the first audit has errors but nothing new: status 0, and JUnit fails nothing.
        Files.copy(Path.of("samples/ssiad-val-de-sevre.yaml"), ssiad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(audit("--baseline", baseline, "--quiet").status()).isZero();
        Path junit = dir.resolve("out/junit.xml");
        Files.createDirectories(junit.getParent());
        audit("--baseline", baseline, "--format", "junit", "--output", junit);
        assertThat(Files.readString(junit)).contains("failures=\"0\"").contains("Déjà présent dans l'audit de référence — ");
        assertThat(InProcess.run("audit", ssiad, "--as-of", AS_OF, "--quiet").status())
                .as("without a baseline the errors count").isEqualTo(1);
    }

    @Test
    void aStructureIsFoundByItsFinessWhenItsFileIsRenamed() throws IOException {
        Files.copy(Path.of("samples/ssiad-val-de-sevre.yaml"), ssiad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(ssiad, dir.resolve("ssiad-790007918.yaml"));
        InProcess run = audit("--baseline", baseline);
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("[NOUVEAU]", "CORRIGÉ");
    }

    @Test
    void aStructureOfTheBaselineNotAuditedIsSaidSoAndNothingOfItIsFixed() {
        InProcess run = InProcess.run("audit", dir.resolve("ehpad-les-charmilles.yaml"), "--as-of", AS_OF,
                "--baseline", baseline);
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("CORRIGÉ");
        assertThat(run.err()).contains("une structure de la référence n'a pas été auditée cette fois")
                .contains("ssiad-val-de-sevre.yaml");
    }

    @Test
    void aBaselineThatIsNotAJsonReportIsAUsageErrorNamingIt() throws IOException {
        Path yaml = dir.resolve("ssiad-val-de-sevre.yaml");
        assertUsage(InProcess.run("audit", dir.resolve("ehpad-les-charmilles.yaml"), "--baseline", yaml),
                "ssiad-val-de-sevre.yaml", "n'est pas un rapport JSON");
        Path setupJson = Files.writeString(dir.resolve("setup.json"),
                "{\"format\": \"mssante-setup/1\", \"structure\": {\"name\": \"X\", \"category\": \"EHPAD\"}}");
        assertUsage(InProcess.run("audit", ssiad, "--baseline", setupJson), "setup.json", "fichier de configuration");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"reports\": [\n");
        assertUsage(InProcess.run("audit", ssiad, "--baseline", broken), "broken.json:2:", "JSON mal formé");
        Path sarif = dir.resolve("out.sarif");
        InProcess.run("audit", ssiad, "--format", "sarif", "--output", sarif, "--as-of", AS_OF);
        assertUsage(InProcess.run("audit", ssiad, "--baseline", sarif), "out.sarif", "rapport SARIF");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"reports\": [{\"name\": 1}]}");
        assertUsage(InProcess.run("audit", ssiad, "--baseline", other), "other.json", "reports[0]");
        assertUsage(InProcess.run("audit", ssiad, "--baseline", dir.resolve("absent.json")), "absent.json",
                "introuvable");
    }

    private static void assertUsage(InProcess run, String... expected) {
        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--baseline").contains(expected);
        assertThat(run.out()).isEmpty();
    }

    private InProcess audit(Object... options) {
        List<Object> args = new ArrayList<>(List.of("audit", dir, "--as-of", AS_OF));
        args.addAll(List.of(options));
        return InProcess.run(args.toArray());
    }

    private static int occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
