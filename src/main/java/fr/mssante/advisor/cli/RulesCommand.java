package fr.mssante.advisor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules check|test|list|doc|export|watch}: the analysts' workbench on a rule pack. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Vérifie, teste, documente, exporte et surveille un paquet de règles.",
                "Checks, tests, documents, exports and watches a rule pack."},
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesListCommand.class, RulesDocCommand.class,
                RulesExportCommand.class, RulesWatchCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code rules} alone: bad usage (status 2), the usage on standard error. */
    @Override
    public Integer call() {
        return UsageErrors.missingSubcommand(spec);
    }
}
