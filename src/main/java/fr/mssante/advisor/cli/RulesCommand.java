package fr.mssante.advisor.cli;

import picocli.CommandLine.Command;

/** {@code rules check|test|list|doc}: the analysts' workbench on a rule pack. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Vérifie, teste et documente un paquet de règles.", "Checks, tests and documents a rule pack."},
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesListCommand.class, RulesDocCommand.class})
final class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(Console.OUT);
    }
}
