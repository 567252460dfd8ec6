package fr.mssante.advisor.cli;

import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules check}: compiles the pack and runs the pack-level checks; prints {@code file:line:column: message}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile le paquet et vérifie métadonnées et textes ; statut 0 si propre, 3 sinon.",
                "Compiles the pack and checks metadata and texts; exit 0 when clean, 3 otherwise."})
final class RulesCheckCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        for (PackProblem p : rules.problems()) {
            Console.OUT.println(p.format());
        }
        if (rules.problems().isEmpty()) {
            Console.OUT.println("OK : " + rules.rules().size() + " règles compilées, métadonnées et textes complets ("
                    + rules.location() + ") / " + rules.rules().size() + " rules compiled, metadata and texts complete.");
            return ExitStatus.OK.code();
        }
        Console.OUT.println(rules.problems().size() + " problème(s) / problem(s).");
        return ExitStatus.PACK_ERROR.code();
    }
}
