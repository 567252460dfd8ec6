package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules watch}: stays up and rebuilds the pack each time a file of it is saved, in the same warm JVM
 * (a fresh {@code rules test} pays the JVM and Drools start-up again on every edit). A pack that does not
 * compile is shown and waited on; Ctrl-C ends the watch with status 0.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Recompile le paquet à chaque enregistrement, rejoue ses scénarios et audite les fichiers"
                + " donnés ; Ctrl-C pour arrêter.",
                "Rebuilds the pack on every save, runs its scenarios and audits the given files; Ctrl-C to stop."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:arrêté par Ctrl-C / stopped with Ctrl-C",
                "2:usage incorrect (--rules absent ou fichier introuvable) / bad usage (no --rules, file not found)",
                "3:dossier impossible à surveiller / folder cannot be watched"})
final class RulesWatchCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Mixin
    LangOption language;

    @Parameters(paramLabel = "SETUP_FILE", arity = "0..*",
            description = "Fichiers (ou dossiers) de configuration à auditer à chaque construction"
                    + " / setup files (or folders) audited on every build.")
    List<Path> setupFiles = new ArrayList<>();

    /** Tests stop the watch after this many builds; 0 (the default) watches until Ctrl-C. */
    @Option(names = "--max-builds", hidden = true, defaultValue = "0")
    int maxBuilds;

    @Override
    public Integer call() {
        Lang lang = language.langOrReport();
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        if (pack.rulesDir == null) {
            UsageErrors.report("rules watch surveille un dossier de règles : exportez d'abord le paquet du jar avec"
                    + " « rules export DOSSIER », puis lancez « rules watch --rules DOSSIER »"
                    + " / rules watch needs a rule folder: run « rules export DIR » first, then"
                    + " « rules watch --rules DIR ».");
            return ExitStatus.INPUT_ERROR.code();
        }
        for (Path file : setupFiles) {
            if (!Files.exists(file)) {
                UsageErrors.report("« " + file + " » : fichier introuvable / file not found");
                return ExitStatus.INPUT_ERROR.code();
            }
        }
        PrintWriter out = Console.writer(Console.OUT);
        Session session = new Session(pack.rulesDir, setupFiles, new WatchBuild(pack.rulesDir, lang, setupFiles), lang,
                out, pack.debug);
        // Ctrl-C ends the JVM: the hook says so and makes it status 0. Tests (--max-builds) end on their own.
        Thread stopper = new Thread(session::stopAndExit, "rules-watch-stop");
        if (maxBuilds == 0) {
            Runtime.getRuntime().addShutdownHook(stopper);
        }
        try {
            session.watch(maxBuilds);
            return ExitStatus.OK.code();
        } catch (IOException e) {
            Console.ERR.println((lang == Lang.FR ? "Impossible de surveiller « " : "Cannot watch « ") + pack.rulesDir
                    + " » : " + e.getMessage());
            return ExitStatus.PACK_ERROR.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.OK.code();
        } finally {
            if (maxBuilds == 0) {
                removeHook(stopper);
            }
        }
    }

    /** The watch ended otherwise than by Ctrl-C (it could not watch): its own status stands. */
    private static void removeHook(Thread stopper) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came first: the hook ends the JVM.
        }
    }

    /** The watch loop: a build at start, then one per change; tests drive it one step at a time. */
    static final class Session {
        private final Path packDir;
        private final List<Path> setups;
        private final WatchBuild build;
        private final Lang lang;
        private final PrintWriter out;
        private final boolean debug;

        Session(Path packDir, List<Path> setups, WatchBuild build, Lang lang, PrintWriter out, boolean debug) {
            this.packDir = packDir;
            this.setups = List.copyOf(setups);
            this.build = build;
            this.lang = lang;
            this.out = out;
            this.debug = debug;
        }

        /** Builds, then rebuilds on each change; {@code maxBuilds} > 0 stops after that many builds. */
        void watch(int maxBuilds) throws IOException, InterruptedException {
            // Watching starts before the first build: a save during it is not missed.
            try (PackWatcher watcher = new PackWatcher(packDir, setups)) {
                out.println(lang == Lang.FR ? "Surveillance de « " + packDir + " » ; Ctrl-C pour arrêter."
                        : "Watching « " + packDir + " »; Ctrl-C to stop.");
                build(1, Set.of());
                for (int n = 2; maxBuilds == 0 || n <= maxBuilds; n++) {
                    build(n, watcher.awaitChange());
                }
            }
        }

        /** Build number {@code n}, after the changes named (none for the first). */
        WatchBuild.Outcome build(int n, Set<String> changed) throws IOException {
            String after = changed.isEmpty() ? "" : (lang == Lang.FR ? " après modification de " : " after a change to ")
                    + String.join(", ", changed);
            out.println();
            out.println((lang == Lang.FR ? "── Construction n° " : "── Build #") + n + after + " ──");
            try {
                return build.run(out);
            } catch (RuntimeException e) {
                // Whatever an edit breaks, the watch goes on: the next save may well repair it.
                out.println((lang == Lang.FR ? "Erreur interne pendant la construction (relancez avec --debug pour le"
                        + " détail) : " : "Internal error during the build (run again with --debug for details): ")
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                if (debug) {
                    e.printStackTrace(out);
                }
                out.flush();
                return new WatchBuild.Outcome(false, 0);
            }
        }

        /** Ctrl-C: the JVM is ending (a build in progress is cut short); say so and exit with status 0. */
        private void stopAndExit() {
            out.println();
            out.println(lang == Lang.FR ? "Surveillance arrêtée." : "Watch stopped.");
            out.flush();
            // A JVM ended by a signal exits with 128 + its number; stopping the watch is its normal end.
            Runtime.getRuntime().halt(ExitStatus.OK.code());
        }
    }
}
