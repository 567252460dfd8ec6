package fr.mssante.advisor.cli;

import fr.mssante.advisor.timing.Phases;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of {@code java -jar mssante-advisor.jar}: parses the command and maps errors to exit statuses. */
@Command(name = "mssante-advisor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = "fr.mssante.advisor.cli.Help",
        description = {"Conseiller de conformité MSSanté pour les structures sociales et médico-sociales.",
                "MSSanté compliance advisor for social and medico-social structures."},
        subcommands = {AuditCommand.class, DirectoryCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        Phases.on();   // starts the clock of --timings phases (off unless asked for)
        int status = run(args);
        Phases.print(System.err);
        System.exit(status);
    }

    /** Runs one command line and returns its exit status (tests call this rather than {@link #main}). */
    public static int run(String... args) {
        if (Arrays.asList(args).contains("--debug")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        CommandLine cli = new CommandLine(new Main())
                .setOut(Console.writer(Console.OUT))
                .setErr(Console.writer(Console.ERR))
                .setParameterExceptionHandler(UsageErrors::onParameterException)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    Console.ERR.println("Erreur interne / internal error: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    Console.ERR.println("Relancez avec --debug pour le détail / run again with --debug for details.");
                    if (Arrays.asList(args).contains("--debug")) {
                        e.printStackTrace(Console.ERR);
                    }
                    return ExitStatus.PACK_ERROR.code();
                });
        frenchHelpCommand(cli);
        try {
            return cli.execute(args);
        } catch (Throwable unexpected) {
            // Errors (not Exceptions) bypass picocli's handler; a person still gets a sentence, not a trace.
            Console.ERR.println("Erreur interne / internal error: " + unexpected);
            if (Arrays.asList(args).contains("--debug")) {
                unexpected.printStackTrace(Console.ERR);
            } else {
                Console.ERR.println("Relancez avec --debug pour le détail / run again with --debug for details.");
            }
            return ExitStatus.PACK_ERROR.code();
        }
    }

    /** picocli's own {@code help} command says itself in English: in French first, like every other. */
    private static void frenchHelpCommand(CommandLine cli) {
        CommandSpec help = cli.getSubcommands().get("help").getCommandSpec();
        help.usageMessage().header("Affiche l'aide d'une commande / shows a command's help.");
        help.usageMessage().description("Affiche l'aide d'une commande, ex. « help audit ».",
                "Shows a command's help, e.g. \"help audit\".");
    }

    /** No command given: bad usage (status 2), the usage on standard error. */
    @Override
    public Integer call() {
        return UsageErrors.missingSubcommand(spec);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"mssante-advisor " + (v == null ? "dev" : v)};
        }
    }
}
