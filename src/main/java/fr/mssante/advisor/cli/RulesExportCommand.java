package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.KieBaseCache;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules export DIR}: writes the jar's default rule pack (every file, {@code tests/} included) into a
 * folder, so that an analyst who only has the jar can edit it and pass {@code --rules DIR}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Copie le paquet de règles du jar (règles, textes, références, scénarios de tests/) dans un"
                + " dossier, à modifier puis à utiliser avec --rules.",
                "Copies the jar's rule pack (rules, texts, reference data, tests/ scenarios) into a folder, to edit"
                        + " and use with --rules."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:paquet écrit / pack written",
                "2:usage incorrect, dossier non vide sans --force, ou écriture impossible"
                        + " / bad usage, folder not empty without --force, or cannot write",
                "3:paquet du jar inutilisable / the jar's pack cannot be used"})
final class RulesExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Dossier à créer (ou vide) / folder to create (or an empty one).")
    Path dir;

    @Option(names = "--force", description = "Écrit aussi dans un dossier non vide, par-dessus les fichiers du même nom"
            + " / also write into a folder that is not empty, over the files of the same name.")
    boolean force;

    @Mixin
    LangOption language;

    @Option(names = {"-q", "--quiet"}, description = "N'affiche rien, seul le statut de sortie compte / print nothing.")
    boolean quiet;

    @Override
    public Integer call() {
        Lang lang = language.langOrReport();
        if (lang == null || !destinationUsable()) {
            return ExitStatus.INPUT_ERROR.code();
        }
        Path root;
        try {
            root = new RulePackLoader(KieBaseCache.fromEnvironment().orElse(null)).loadDefault().root();
        } catch (RulePackException e) {
            PackOption.printUnusable(e, lang);
            return ExitStatus.PACK_ERROR.code();
        }
        List<String> written = new ArrayList<>();
        List<String> kept;
        try {
            List<String> before = filesUnder(dir);
            for (String file : filesUnder(root)) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(root.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                written.add(file);
            }
            kept = before.stream().filter(f -> !written.contains(f)).toList();
        } catch (IOException e) {
            Console.ERR.println("Impossible d'écrire / cannot write " + dir + " (" + Wording.of(Lang.FR).counted(
                    written.size(), "fichier écrit", "fichiers écrits") + " / " + Wording.of(Lang.EN).counted(
                    written.size(), "file written", "files written") + "): " + e.getMessage());
            return ExitStatus.INPUT_ERROR.code();
        }
        if (!quiet) {
            Console.OUT.print(new Summary(lang, dir).text(written, kept));
        }
        return ExitStatus.OK.code();
    }

    /** A new or empty folder, or any folder with {@code --force}; false after telling the user otherwise. */
    private boolean destinationUsable() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            UsageErrors.report("« " + dir + " » existe et n'est pas un dossier / exists and is not a folder.");
            return false;
        }
        if (!force && Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    UsageErrors.report("le dossier « " + dir + " » n'est pas vide : nommez un dossier nouveau ou vide,"
                            + " ou ajoutez --force pour écrire par-dessus / the folder is not empty: name a new or"
                            + " empty one, or add --force to write over it.");
                    return false;
                }
            } catch (IOException e) {
                UsageErrors.report("« " + dir + " » illisible / unreadable: " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** The regular files under {@code root}, as relative paths with forward slashes, sorted. */
    private static List<String> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** What was written, grouped by folder, and the analyst's next steps. */
    private record Summary(Lang lang, Path dir) {

        String text(List<String> written, List<String> kept) {
            boolean fr = lang == Lang.FR;
            StringBuilder out = new StringBuilder();
            out.append(fr ? "Paquet de règles du jar exporté dans " + dir + " : " + written.size() + " fichiers."
                    : "The jar's rule pack exported to " + dir + ": " + written.size() + " files.").append('\n');
            Map<String, Integer> byFolder = new TreeMap<>();
            for (String file : written) {
                int slash = file.indexOf('/');
                if (slash < 0) {
                    out.append("  ").append(file).append('\n');
                } else {
                    byFolder.merge(file.substring(0, slash + 1), 1, Integer::sum);
                }
            }
            Wording words = Wording.of(lang);
            byFolder.forEach((folder, n) -> out.append("  ").append(folder).append(" (")
                    .append(words.regular(n, "fichier", "file")).append(folder.equals("tests/")
                            ? (fr ? " : les scénarios de rules test" : ": the scenarios of rules test") : "")
                    .append(")\n"));
            if (!kept.isEmpty()) {
                out.append(fr ? "Attention : " + words.counted(kept.size(), "fichier déjà présent gardé",
                                "fichiers déjà présents gardés") + ", hors paquet"
                                + " (un *.drl ou un messages.yaml parmi eux serait lu avec les règles) : "
                        : "Warning: " + words.counted(kept.size(), "file already there kept", "files already there kept")
                                + ", not from the pack"
                                + " (a *.drl or messages.yaml among them would be read with the rules): ")
                        .append(String.join(", ", kept.subList(0, Math.min(5, kept.size()))))
                        .append(kept.size() > 5 ? ", …" : "").append('\n');
            }
            String d = quoted(dir.toString());
            String jar = "java -jar mssante-advisor.jar";
            out.append(fr ? "\nÉtapes suivantes :\n" : "\nNext steps:\n");
            out.append(fr ? "  1. modifiez les règles (*.drl) et leurs textes (messages.yaml) ; " + d + "/README.md"
                            + " explique comment\n"
                    : "  1. edit the rules (*.drl) and their texts (messages.yaml); " + d + "/README.md tells how\n");
            out.append("  2. ").append(jar).append(" rules check --rules ").append(d)
                    .append(fr ? "     (compile et vérifie)\n" : "     (compiles and checks)\n");
            out.append("  3. ").append(jar).append(" rules test --rules ").append(d)
                    .append(fr ? "      (rejoue les scénarios de tests/)\n" : "      (runs the tests/ scenarios)\n");
            out.append("  4. ").append(jar).append(" audit --rules ").append(d)
                    .append(fr ? " ma-structure.yaml\n" : " my-structure.yaml\n");
            return out.toString();
        }

        private static String quoted(String path) {
            return path.matches("[\\w./@:+,=-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
        }
    }
}
