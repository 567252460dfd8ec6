package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack reloaded from the cache audits exactly as a freshly compiled one; a changed pack is a miss. */
class KieBaseCacheTest {

    private static final Path SAMPLE = Path.of("samples/ssiad-val-de-sevre.yaml");
    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    @TempDir
    Path tmp;

    @Test
    void reloadedPackGivesTheSameReportAndTheSameRuleLocations() throws IOException {
        KieBaseCache cache = new KieBaseCache(tmp.resolve("cache"));
        RulePack first = new RulePackLoader(cache).load(TestPacks.RULES);
        assertThat(entries()).hasSize(1);
        RulePack second = new RulePackLoader(cache).load(TestPacks.RULES);
        assertThat(second.kieBase()).isNotSameAs(first.kieBase());
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.problems()).isEmpty();
        // Drools' serialization is internal API: check the reloaded pack on every sample, together.
        var compiled = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        var reloaded = Auditor.of(second).auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        assertThat(reloaded.reports()).hasSameSizeAs(compiled.reports());
        for (int i = 0; i < compiled.reports().size(); i++) {
            assertThat(reloaded.reports().get(i).findings()).isEqualTo(compiled.reports().get(i).findings());
        }
        assertThat(reloaded.portfolio()).isEqualTo(compiled.portfolio());
    }

    @Test
    void keepsOnlyTheNewestEntries() throws IOException {
        KieBaseCache cache = new KieBaseCache(tmp.resolve("cache"));
        RulePack pack = TestPacks.pack();
        for (int i = 0; i < KieBaseCache.KEPT_ENTRIES + 3; i++) {
            cache.write("entry" + i, pack.kieBase());
        }
        assertThat(entries()).hasSize(KieBaseCache.KEPT_ENTRIES);
    }

    @Test
    void editedPackIsAMissAndStillWorks() throws IOException {
        KieBaseCache cache = new KieBaseCache(tmp.resolve("cache"));
        Path pack = TestPacks.copyOfRules(tmp);
        new RulePackLoader(cache).load(pack);
        Path drl = pack.resolve("governance/governance.drl");
        Files.writeString(drl, Files.readString(drl).replace("rule \"GOV-NO-USAGE-PROTOCOL\"", "rule \"GOV-X\""));
        RulePack edited = new RulePackLoader(cache).load(pack);
        assertThat(entries()).hasSize(2);
        assertThat(edited.rule("GOV-NO-USAGE-PROTOCOL").orElseThrow().ruleName()).isEqualTo("GOV-X");
    }

    @Test
    void damagedEntryIsIgnored() throws IOException {
        KieBaseCache cache = new KieBaseCache(tmp.resolve("cache"));
        new RulePackLoader(cache).load(TestPacks.RULES);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {1, 2, 3}, StandardOpenOption.TRUNCATE_EXISTING);
        RulePack pack = new RulePackLoader(cache).load(TestPacks.RULES);
        assertThat(Auditor.of(pack).audit(SAMPLE, OPTIONS).findings()).isNotEmpty();
        // ... and rebuilt: the entry is whole again and serves the next run.
        assertThat(Files.size(entry)).isGreaterThan(1000);
        assertThat(cache.read(PackKey.of(TestPacks.RULES))).isPresent();
    }

    @Test
    void aFaultyConditionIsWorkedAroundOnAReloadedPackToo() throws IOException {
        KieBaseCache cache = new KieBaseCache(tmp.resolve("cache"));
        Path pack = TestPacks.copyOfRules(tmp);
        Files.createDirectories(pack.resolve("broken"));
        Files.copy(Path.of("src/test/resources/broken-rules/condition-throws.drl"),
                pack.resolve("broken/condition-throws.drl"));
        new RulePackLoader(cache).load(pack);
        AuditReport report = Auditor.of(new RulePackLoader(cache).load(pack)).audit(SAMPLE, OPTIONS);
        assertThat(report.ruleFailures()).extracting(f -> f.ruleId()).containsExactly("TEST-CONDITION-THROWS");
        assertThat(report.findings()).isEqualTo(TestPacks.auditor().audit(SAMPLE, OPTIONS).findings());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".kbase")).toList();
        }
    }
}
