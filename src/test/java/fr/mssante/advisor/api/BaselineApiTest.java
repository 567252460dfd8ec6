package fr.mssante.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.FollowUpVisit;
import fr.mssante.advisor.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --baseline} through the public API: the previous JSON report given to the request (a file
 * or a reader) or to the advisor; each finding's state, the fixed ones, the verdict on new findings only,
 * and the very JSON the command line writes for the same files (the SSIAD sample's follow-up visit: one
 * forwarding fixed, another added, every line shifted).
 */
class BaselineApiTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final Advisor ADVISOR = Advisor.builder().asOf(AS_OF).build();

    @TempDir
    Path dir;
    @TempDir
    Path out;
    Path baseline;
    Path ssiad;

    @BeforeEach
    void auditThenRevise() throws IOException {
        ssiad = FollowUpVisit.firstVisit(dir);
        baseline = out.resolve("baseline.json");
        assertThat(cli(dir, "--output", baseline)).isEqualTo(1);
        FollowUpVisit.revise(ssiad);
    }

    @Test
    void eachFindingHasItsStateAndTheReportItsFixedOnes() {
        Report report = ADVISOR.audit(AuditRequest.of(ssiad).baseline(baseline));
        assertThat(report.findings()).filteredOn(f -> f.baselineState() == BaselineState.NEW)
                .extracting(f -> f.ruleId() + " " + f.subject()).containsExactly("FWD-OUTSIDE-TRUST-SPACE bal-coordination");
        assertThat(report.findings()).filteredOn(f -> f.baselineState() != BaselineState.NEW)
                .isNotEmpty().allSatisfy(f -> assertThat(f.baselineState()).isEqualTo(BaselineState.UNCHANGED));
        assertThat(report.fixed()).extracting(f -> f.ruleId() + " " + f.subject())
                .containsExactlyInAnyOrder("FWD-AUTOMATIC bal-soins", "FWD-PREFER-NOTIFICATION bal-soins");
        assertThat(report.fixed()).allSatisfy(f -> assertThat(f.baselineState()).isEqualTo(BaselineState.FIXED));
        assertThat(report.fixed()).filteredOn(f -> f.ruleId().equals("FWD-AUTOMATIC")).singleElement()
                .satisfies(f -> assertThat(f.line()).as("where it was in the baseline").isEqualTo(58));
        assertThat(report.hasFindingsAtLeast(Severity.ERROR)).as("the new forwarding is an ERROR").isTrue();
        assertThat(report.hasFindingsAtLeast(Severity.WARNING)).isTrue();
    }

    @Test
    void theReportsJsonIsTheCommandLinesWithTheSameBaseline() throws IOException {
        Path cli = out.resolve("after.json");
        assertThat(cli(ssiad, "--baseline", baseline, "--output", cli)).isEqualTo(1);
        Report report = ADVISOR.audit(AuditRequest.of(ssiad).baseline(baseline));
        assertThat(report.toJson()).isEqualTo(Files.readString(cli)).contains("\"baselineState\" : \"new\"");
        String text = report.render("text");
        assertThat(text).contains("[NOUVEAU] FWD-OUTSIDE-TRUST-SPACE", "CORRIGÉS DEPUIS L'AUDIT DE RÉFÉRENCE (2)");
    }

    @Test
    void aBaselineReadFromAReaderOrGivenToTheAdvisorIsTheSame() throws IOException {
        String expected = ADVISOR.audit(AuditRequest.of(ssiad).baseline(baseline)).toJson();
        Report fromReader = ADVISOR.audit(AuditRequest.of(ssiad)
                .baseline("dernier-audit.json", new StringReader(Files.readString(baseline))));
        assertThat(fromReader.toJson()).isEqualTo(expected);
        Advisor following = Advisor.builder().asOf(AS_OF).baseline(baseline).build();
        assertThat(following.audit(ssiad).toJson()).isEqualTo(expected);
        Report withoutOne = ADVISOR.audit(ssiad);
        assertThat(withoutOne.fixed()).isEmpty();
        assertThat(withoutOne.findings()).allSatisfy(f -> assertThat(f.baselineState()).isNull());
    }

    @Test
    void againstItselfNothingIsNewSoNothingCounts() throws IOException {
        Files.copy(Path.of("samples/ssiad-val-de-sevre.yaml"), ssiad, StandardCopyOption.REPLACE_EXISTING);
        Report same = ADVISOR.audit(AuditRequest.of(ssiad).baseline(baseline));
        assertThat(same.summary().errors()).isPositive();
        assertThat(same.fixed()).isEmpty();
        assertThat(same.findings()).allSatisfy(f -> assertThat(f.baselineState()).isEqualTo(BaselineState.UNCHANGED));
        assertThat(same.hasFindingsAtLeast(Severity.INFO)).as("only new findings count").isFalse();
        assertThat(ADVISOR.audit(ssiad).hasFindingsAtLeast(Severity.ERROR)).as("without a baseline").isTrue();
    }

    @Test
    void severalStructuresWithTheAdvisorsBaselineGiveTheCommandLinesJson() throws IOException {
        Files.copy(baseline, dir.resolve("baseline.json"));   // kept beside the setups, as a CI job may
        Advisor following = Advisor.builder().asOf(AS_OF).baseline(dir.resolve("baseline.json")).build();
        PortfolioReport all = following.auditAll(List.of(dir));
        assertThat(all.reports()).as("the baseline is a report, not a setup").hasSize(2);
        Path cli = out.resolve("after.json");
        assertThat(cli(dir, "--baseline", dir.resolve("baseline.json"), "--output", cli)).isEqualTo(1);
        assertThat(all.toJson()).isEqualTo(Files.readString(cli));
        assertThat(all.hasFindingsAtLeast(Severity.ERROR)).isTrue();
        assertThat(all.reports().get(1).fixed()).hasSize(2);
        assertThat(all.portfolioFixed()).isEmpty();
    }

    @Test
    void aPortfolioFindingNoLongerFoundIsFixed() throws IOException {
        Path csapa = Files.copy(Path.of("samples/csapa-ch-montval.yaml"), out.resolve("csapa-ch-montval.yaml"));
        Path hopital = Files.copy(Path.of("samples/hopital-ch-montval.yaml"), out.resolve("hopital-ch-montval.yaml"));
        Path before = Files.writeString(out.resolve("before.json"), ADVISOR.auditAll(List.of(csapa, hopital)).toJson());
        Files.writeString(csapa, Files.readString(csapa).replace("name: \"DPI Helios\"", "name: \"DPI Orion\""));
        List<AuditRequest> requests = new ArrayList<>();
        for (Path p : List.of(csapa, hopital)) {
            requests.add(AuditRequest.of(p.toString(), new ByteArrayInputStream(Files.readAllBytes(p))).baseline(before));
        }
        PortfolioReport after = ADVISOR.auditTogether(requests);
        assertThat(after.portfolioFindings()).isEmpty();
        assertThat(after.portfolioFixed()).singleElement().satisfies(p -> {
            assertThat(p.finding().ruleId()).isEqualTo("PORT-APP-PER-ESTABLISHMENT");
            assertThat(p.finding().baselineState()).isEqualTo(BaselineState.FIXED);
            assertThat(p.sources()).containsExactly(csapa.toString(), hopital.toString());
        });
        assertThat(after.toJson()).contains("\"fixed\" : [ {");
        assertThatThrownBy(() -> ADVISOR.auditTogether(List.of(AuditRequest.of(csapa).baseline(before),
                AuditRequest.of(hopital).baseline(baseline)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different baselines");
    }

    @Test
    void anUnusableBaselineIsAnAdvisorExceptionNamingIt() throws IOException {
        assertThatThrownBy(() -> AuditRequest.of(ssiad).baseline(ssiad)).isInstanceOf(AdvisorException.class)
                .hasMessageContaining("ssiad-val-de-sevre.yaml").hasMessageContaining("n'est pas un rapport JSON");
        assertThatThrownBy(() -> AuditRequest.of(ssiad).baseline(out.resolve("absent.json")))
                .isInstanceOf(AdvisorException.class).hasMessageContaining("absent.json").hasMessageContaining("introuvable");
        assertThatThrownBy(() -> AuditRequest.of(ssiad).baseline("précédent", new StringReader("{\"reports\": [\n")))
                .isInstanceOf(AdvisorException.class).hasMessageContaining("précédent:2:");
        Path sarif = Files.writeString(out.resolve("a.sarif"), ADVISOR.audit(ssiad).toSarif());
        assertThatThrownBy(() -> Advisor.builder().baseline(sarif).build()).isInstanceOf(AdvisorException.class)
                .hasMessageContaining("SARIF");
    }

    /** {@code audit PATH --as-of … --format json OPTIONS…} run in-process; its exit status. */
    private static int cli(Path path, Object... options) {
        List<String> args = new ArrayList<>(List.of("audit", path.toString(), "--as-of", AS_OF.toString(),
                "--format", "json", "--quiet"));
        for (Object o : options) {
            args.add(String.valueOf(o));
        }
        return Main.run(args.toArray(String[]::new));
    }
}
