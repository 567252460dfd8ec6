package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.KieBaseCache;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --rules DIR}: the rule pack to use, the jar's own by default. Shared by every command. */
final class PackOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path rulesDir;

    @Option(names = "--debug", description = "Détails techniques en cas d'erreur / technical details on errors.")
    boolean debug;

    @Option(names = "--no-cache", description = "Recompile les règles sans utiliser ni remplir le cache"
            + " (~/.cache/mssante-advisor, ni les règles précompilées du jar ; MSSANTE_ADVISOR_CACHE=off ne coupe"
            + " que le cache disque) / compile the rules, using neither the disk cache nor the jar's compiled pack.")
    boolean noCache;

    /**
     * A folder that is not there is a mistake in the command (status 2), told while the command line is
     * read; a folder whose rules do not compile is a broken pack (status 3), told when it is loaded.
     */
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Dossier de règles à utiliser au lieu de celui du jar / rule folder to use instead of the jar's.")
    void rulesDir(Path dir) {
        rulesDir = existingFolder(command, dir);
    }

    /** {@code dir} when it is a folder; else bad usage (status 2), told while the command line is read. */
    static Path existingFolder(CommandSpec command, Path dir) {
        if (!Files.exists(dir)) {
            throw new UsageErrors.BilingualUsageException(command.commandLine(),
                    "--rules « " + dir + " » : dossier introuvable / folder not found");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageErrors.BilingualUsageException(command.commandLine(),
                    "--rules « " + dir + " » : ce n'est pas un dossier / not a folder");
        }
        return dir;
    }

    /** Tells the user the pack cannot be used, with each problem's file, line and column. */
    static void printUnusable(RulePackException e, Lang lang) {
        Console.ERR.println("Le paquet de règles est inutilisable / the rule pack cannot be used: " + e.getMessage());
        for (PackProblem p : e.problems()) {
            Console.ERR.println("  " + p.format(lang));
        }
    }

    /** Loads the pack, or prints its problems ({@code file:line:column: message}) and returns null. */
    RulePack loadOrReport(Lang lang) {
        return loadOrReport(lang, null);
    }

    /**
     * Loads the pack, or prints its problems on standard error and returns null; with {@code json} (a
     * command asked for {@code --format json}) they are also written, as JSON, where the report would have
     * gone, so a program reading it gets them.
     */
    RulePack loadOrReport(Lang lang, OutputOptions json) {
        try {
            RulePackLoader loader = noCache ? new RulePackLoader()
                    : new RulePackLoader(KieBaseCache.fromEnvironment().orElse(null));
            return rulesDir == null ? loader.loadDefault() : loader.load(rulesDir);
        } catch (RulePackException e) {
            reportUnusable(e, lang, json);
            return null;
        }
    }

    /** The pack's problems on standard error, and as JSON on {@code json}'s output when it is not null. */
    void reportUnusable(RulePackException e, Lang lang, OutputOptions json) {
        printUnusable(e, lang);
        if (debug) {
            e.printStackTrace(Console.ERR);
        }
        if (json != null) {
            json.write(PackProblemsJson.write(describe(lang), false, -1, e.problems(), lang));
        }
    }

    /** The pack named for a person in one language: its folder, or the jar's own. */
    String describe(Lang lang) {
        if (rulesDir != null) {
            return rulesDir.toString();
        }
        return lang == Lang.FR ? "paquet par défaut du jar" : "the jar's default pack";
    }
}
