package fr.mssante.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackWatcher;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules watch}: each save of a copied pack is seen by the next build in the same JVM (a rule that no
 * longer fires fails its scenario, then passes again once restored), a new folder is watched too, and a pack
 * that does not compile is shown and waited on. Each wait is bounded: a missed event fails, it does not hang.
 */
class RulesWatchCommandTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String FIRING = TestPacks.FWD_AUTOMATIC_FIRING;
    private static final String SILENCED = TestPacks.FWD_AUTOMATIC_SILENCED;

    @TempDir
    Path tmp;

    @Test
    void theNextBuildSeesEachSaveAndABrokenPackIsWaitedOn() throws Exception {
        Path pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("forwarding/forwarding.drl");
        Path setup = Files.writeString(pack.getParent().resolve("ehpad.yaml"), TestPacks.FORWARDING_SETUP);
        WatchBuild build = new WatchBuild(pack, Lang.FR, List.of(setup));
        try (PackWatcher watcher = new PackWatcher(pack)) {
            String first = run(build, true, 0);
            assertThat(first).contains("Scénarios : ", " réussis, 0 en échec.", "ehpad.yaml : ", "Construit en ")
                    .doesNotContain("ÉCHEC", "apparus", "disparus");

            Files.writeString(drl, Files.readString(drl).replace(FIRING, SILENCED));
            assertThat(await(watcher)).contains("forwarding/forwarding.drl");
            String silenced = run(build, true, 4);
            assertThat(silenced).contains("ÉCHEC  ", "fires: automatic forwarding", "- FWD-AUTOMATIC bal-")
                    .containsPattern("ehpad\\.yaml : .* ; disparus : FWD-AUTOMATIC bal-soins");

            Files.writeString(drl, Files.readString(drl).replace(SILENCED, FIRING));
            await(watcher);
            String restored = run(build, true, 0);
            assertThat(restored).contains(" 0 en échec.")
                    .containsPattern("ehpad\\.yaml : .* ; apparus : FWD-AUTOMATIC bal-soins")
                    .doesNotContain("ÉCHEC");

            // A folder created after the start is watched: a rule with a syntax error written there is seen.
            Path extra = Files.createDirectories(pack.resolve("extra"));
            assertThat(await(watcher)).contains("extra/");
            Files.writeString(extra.resolve("extra.drl"), "package rules.extra;\nrule \"X\" when then oops end\n");
            assertThat(await(watcher)).contains("extra/extra.drl");
            String broken = run(build, false, 0);
            assertThat(broken).containsPattern("extra\\.drl:\\d+:\\d+: ")
                    .contains("Le paquet ne compile pas", "en attente du prochain enregistrement");
        }
    }

    @Test
    void savingAWatchedSetupFileRebuildsAndASeverityChangeIsNotUnchanged() throws Exception {
        Path pack = TestPacks.copyOfRules(tmp);
        Path drl = pack.resolve("forwarding/forwarding.drl");
        Path setups = Files.createDirectories(tmp.resolve("structures"));
        Path setup = Files.writeString(setups.resolve("ehpad.yaml"), TestPacks.FORWARDING_SETUP);
        WatchBuild build = new WatchBuild(pack, Lang.FR, List.of(setup));
        try (PackWatcher watcher = new PackWatcher(pack, List.of(setup))) {
            run(build, true, 0);
            Files.writeString(setups.resolve("notes.txt"), "not a setup file");
            Files.writeString(setup, Files.readString(setup).replace("type: ORG", "type: ORG\n    status: ACTIVE"));
            assertThat(await(watcher)).as("the setup file's save, not its neighbour's").containsExactly(setup.toString());

            String marker = "rule \"FWD-AUTOMATIC\"\n    @id(\"FWD-AUTOMATIC\") @severity(\"WARNING\")";
            assertThat(Files.readString(drl)).contains(marker);
            Files.writeString(drl, Files.readString(drl).replace(marker, marker.replace("WARNING", "ERROR")));
            await(watcher);
            String regraded = run(build, true, 0);
            assertThat(regraded).containsPattern("ehpad\\.yaml : 2 erreurs, .* ; gravité changée : FWD-AUTOMATIC"
                    + " bal-soins \\(avertissement → erreur\\)").doesNotContain("inchangé");
        }
    }

    @Test
    void editorsSwapFilesDoNotCount() {
        assertThat(PackWatcher.isPackFile(Path.of("rules/exchanges/exchanges.drl"))).isTrue();
        assertThat(PackWatcher.isPackFile(Path.of("rules/tests/x.yaml"))).isTrue();
        assertThat(PackWatcher.isPackFile(Path.of("rules/exchanges/.exchanges.drl.swp"))).isFalse();
        assertThat(PackWatcher.isPackFile(Path.of("rules/exchanges/exchanges.drl~"))).isFalse();
        assertThat(PackWatcher.isPackFile(Path.of("rules/exchanges/4913"))).isFalse();
    }

    @Test
    void theCommandBuildsAtStartInFrenchOrEnglish() throws IOException {
        Path pack = TestPacks.copyOfRules(tmp);
        InProcess fr = InProcess.run("rules", "watch", "--max-builds", 1, "--rules", pack).assertNoStackTrace();
        assertThat(fr.status()).isZero();
        assertThat(fr.out()).contains("Surveillance de « ", "── Construction n° 1 ──", " 0 en échec.", "Construit en ");
        InProcess en = InProcess.run("rules", "watch", "--max-builds", 1, "--lang", "en", "--rules", pack,
                TestPacks.SAMPLES.resolve("ehpad-clean.yaml"));
        assertThat(en.status()).isZero();
        assertThat(en.out()).contains("── Build #1 ──", " 0 failed.", "ehpad-clean.yaml: 0 errors, 0 warnings", "Built in ");
    }

    @Test
    void withoutARuleFolderItTellsToExportTheJarsPackFirst() {
        InProcess none = InProcess.run("rules", "watch", "--max-builds", 1).assertNoStackTrace();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("rules export DOSSIER", "rules export DIR");
        InProcess missing = InProcess.run("rules", "watch", "--max-builds", 1, "--rules", "rules", "no-such.yaml");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such.yaml", "fichier introuvable");
    }

    private static Set<String> await(PackWatcher watcher) {
        return assertTimeoutPreemptively(BOUND, watcher::awaitChange);
    }

    /** One build; checks whether the pack compiled and how many scenarios failed, returns what it printed. */
    private static String run(WatchBuild build, boolean compiles, int failing) throws IOException {
        StringWriter out = new StringWriter();
        WatchBuild.Outcome outcome = build.run(out);
        assertThat(outcome).as(out.toString()).isEqualTo(new WatchBuild.Outcome(compiles, failing));
        return out.toString();
    }
}
