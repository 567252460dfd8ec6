package fr.mssante.advisor.cli;

import fr.mssante.advisor.pack.KieBaseCache;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the rule pack to use, the jar's own by default. Shared by every command. */
final class PackOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Dossier de règles à utiliser au lieu de celui du jar / rule folder to use instead of the jar's.")
    Path rulesDir;

    @Option(names = "--debug", description = "Détails techniques en cas d'erreur / technical details on errors.")
    boolean debug;

    @Option(names = "--no-cache", description = "Recompile les règles sans utiliser ni remplir le cache"
            + " (~/.cache/mssante-advisor, ni les règles précompilées du jar ; MSSANTE_ADVISOR_CACHE=off ne coupe"
            + " que le cache disque) / compile the rules, using neither the disk cache nor the jar's compiled pack.")
    boolean noCache;

    /** Loads the pack, or prints its problems ({@code file:line:column: message}) and returns null. */
    /** Tells the user the pack cannot be used, with each problem's file, line and column. */
    static void printUnusable(RulePackException e) {
        Console.ERR.println("Le paquet de règles est inutilisable / the rule pack cannot be used: " + e.getMessage());
        for (PackProblem p : e.problems()) {
            Console.ERR.println("  " + p.format());
        }
    }

    RulePack loadOrReport() {
        try {
            RulePackLoader loader = noCache ? new RulePackLoader()
                    : new RulePackLoader(KieBaseCache.fromEnvironment().orElse(null));
            return rulesDir == null ? loader.loadDefault() : loader.load(rulesDir);
        } catch (RulePackException e) {
            printUnusable(e);
            if (debug) {
                e.printStackTrace(Console.ERR);
            }
            return null;
        }
    }
}
