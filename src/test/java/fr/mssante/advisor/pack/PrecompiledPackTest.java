package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default pack compiled at build time (process-classes writes it into target/classes, the jar
 * carries it) is used only for that very pack, audits exactly like a fresh compilation, and a stale or
 * damaged entry is never trusted.
 */
class PrecompiledPackTest {

    private static final AuditOptions OPTIONS = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);

    @TempDir
    Path tmp;

    @Test
    void theBuildCarriesTheDefaultPackCompiledAndItMatchesTheKey() {
        Path root = RulePackLoader.defaultRoot();
        assertThat(PrecompiledPack.read(PackKey.of(root))).as("compiled by the build for this pack").isPresent();
    }

    @Test
    void precompiledPackAuditsEverySampleLikeACompiledOne() {
        RulePack ready = new RulePackLoader(null, true).loadDefault();
        RulePack compiled = TestPacks.pack();
        // Same rules at the same lines (in development the default pack's folder is target/classes).
        assertThat(ready.sortedRules()).extracting(RuleInfo::id, RuleInfo::severity, RuleInfo::line, RuleInfo::ruleName)
                .isEqualTo(compiled.sortedRules().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.id(),
                        r.severity(), r.line(), r.ruleName())).toList());
        assertThat(ready.problems()).isEmpty();
        var expected = TestPacks.auditor().auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        var actual = Auditor.of(ready).auditAll(List.of(TestPacks.SAMPLES), OPTIONS);
        assertThat(actual.reports()).isEqualTo(expected.reports());
        assertThat(actual.portfolio()).isEqualTo(expected.portfolio());
    }

    @Test
    void anEditedPackHasAnotherKeySoTheJarsCompiledFormIsNotUsed() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        String original = PackKey.of(pack);
        assertThat(original).isEqualTo(PackKey.of(RulePackLoader.defaultRoot()));
        Path messages = pack.resolve("mailboxes/messages.yaml");
        Files.writeString(messages, Files.readString(messages) + "\n# edited\n");
        assertThat(PackKey.of(pack)).as("texts are part of the key").isNotEqualTo(original);
        assertThat(PrecompiledPack.read(PackKey.of(pack))).isEmpty();
        Files.writeString(messages, Files.readString(messages).replace("\n# edited\n", ""));
        Files.writeString(pack.resolve("reference/trust-space.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(PackKey.of(pack)).as("reference data is part of the key").isNotEqualTo(original);
    }

    @Test
    void scenariosAreNotPartOfTheKey() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        String before = PackKey.of(pack);
        Files.writeString(pack.resolve("tests/extra.yaml"), "# a new scenario file\n");
        assertThat(PackKey.of(pack)).isEqualTo(before);
    }

    @Test
    void aDamagedOrTruncatedOrForeignEntryIsRefused() throws IOException {
        Path root = RulePackLoader.defaultRoot();
        String key = PackKey.of(root);
        byte[] entry;
        try (InputStream in = PrecompiledPack.class.getResourceAsStream(PrecompiledPack.RESOURCE)) {
            entry = in.readAllBytes();
        }
        assertThat(KieBaseCache.fromEntry(entry, key)).isPresent();
        byte[] flipped = entry.clone();
        flipped[flipped.length / 2] ^= 0x5A;
        assertThat(KieBaseCache.fromEntry(flipped, key)).as("one byte changed").isEmpty();
        assertThat(KieBaseCache.fromEntry(java.util.Arrays.copyOf(entry, entry.length - 100), key))
                .as("truncated").isEmpty();
        assertThat(KieBaseCache.fromEntry(entry, "0".repeat(32))).as("another key").isEmpty();
        assertThat(KieBaseCache.fromEntry(new byte[0], key)).isEmpty();
    }

    @Test
    void theKeyNamesTheDroolsVersion() {
        assertThat(PackKey.droolsVersion()).startsWith("10.");
        assertThat(PackKey.codeIdentity()).contains("drools " + PackKey.droolsVersion());
    }
}
