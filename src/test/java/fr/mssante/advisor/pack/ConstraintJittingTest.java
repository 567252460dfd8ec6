package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * Constraint jitting is on for packs that Drools 10.2 jits correctly, off for a pack with a pluggable
 * operator ({@code str[…]}), whose jitted form would throw {@code NoSuchMethodError}.
 */
class ConstraintJittingTest {

    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);
    /** Enough audits for every constraint to pass Drools' threshold of 20 evaluations (round 0 already does). */
    private static final int ROUNDS = 10;

    @Test
    void theShippedPackIsJitted() {
        assertThat(ConstraintJitting.safeFor(TestPacks.pack().kieBase().getKiePackages())).isTrue();
        assertThat(threshold(TestPacks.pack().kieBase())).isEqualTo(ConstraintJittingThresholdOption.DEFAULT_VALUE);
    }

    @Test
    void aPackWithAPluggableOperatorIsInterpretedAndKeepsItsFindings(@TempDir Path dir) throws IOException {
        Path rules = TestPacks.copyOfRules(dir);
        Path drl = rules.resolve("mailboxes/mailboxes.drl");
        String text = Files.readString(drl);
        String method = "ruleId.startsWith(\"ELIG-\")";
        assertThat(text).contains(method);
        Files.writeString(drl, text.replace(method, "ruleId str[startsWith] \"ELIG-\""));

        KieBaseCache cache = new KieBaseCache(dir.resolve("cache"));
        RulePack compiled = new RulePackLoader(cache).load(rules);
        RulePack reloaded = new RulePackLoader(cache).load(rules);   // from the cache entry just written

        List<Path> samples = samples();
        for (RulePack pack : List.of(compiled, reloaded)) {
            assertThat(ConstraintJitting.safeFor(pack.kieBase().getKiePackages())).isFalse();
            assertThat(threshold(pack.kieBase())).isEqualTo(-1);
            Auditor edited = Auditor.of(pack);
            for (int round = 0; round < ROUNDS; round++) {
                for (Path sample : samples) {
                    AuditReport report = edited.audit(sample, OPTIONS);
                    assertThat(report.ruleFailures()).as(sample + ", round " + round).isEmpty();
                    if (round == ROUNDS - 1) {
                        assertThat(report.findings()).as(sample.toString())
                                .isEqualTo(TestPacks.auditor().audit(sample, OPTIONS).findings());
                    }
                }
            }
        }
    }

    private static int threshold(KieBase base) {
        return ((InternalKnowledgeBase) base).getRuleBaseConfiguration()
                .getOption(ConstraintJittingThresholdOption.KEY).getThreshold();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(TestPacks.SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
