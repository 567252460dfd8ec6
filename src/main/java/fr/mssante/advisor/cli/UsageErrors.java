package fr.mssante.advisor.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * What a user reads when the command line itself is wrong (exit status 2): one line
 * {@code Erreur d'utilisation / usage error: …}, French first, then where to find help. picocli words its
 * own errors in English only; they get a French sentence chosen by the kind of error, picocli's text after
 * {@code " / "}.
 */
final class UsageErrors {

    private static final String PREFIX = "Erreur d'utilisation / usage error: ";

    private UsageErrors() {
    }

    /** Prints a usage error already worded in both languages. */
    static void report(String bilingual) {
        Console.ERR.println(PREFIX + bilingual);
    }

    /**
     * The day an {@code --as-of} option names, today when it is absent; null (after telling the user)
     * when it is not a date {@code YYYY-MM-DD}.
     */
    static java.time.LocalDate dayOrReport(String asOf) {
        if (asOf == null) {
            return java.time.LocalDate.now();
        }
        try {
            return java.time.LocalDate.parse(asOf.trim());
        } catch (java.time.format.DateTimeParseException e) {
            report("--as-of « " + asOf + " » : date attendue AAAA-MM-JJ / expected YYYY-MM-DD, e.g. 2026-01-15.");
            return null;
        }
    }

    /** picocli's parameter exception handler: the error, picocli's suggestions, and the help command. */
    static int onParameterException(ParameterException e, String[] args) {
        report(e instanceof BilingualUsageException ? e.getMessage() : french(e) + " / " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            Console.ERR.println("Vouliez-vous dire / did you mean: " + String.join(", ", u.getSuggestions()) + " ?");
        }
        Console.ERR.println("Aide / help: " + invocation(e.getCommandLine().getCommandSpec()) + " --help");
        return ExitStatus.INPUT_ERROR.code();
    }

    /**
     * A command that only groups others was called alone ({@code java -jar …}, {@code rules}): bad usage,
     * so the error and the usage go to standard error and the status is 2.
     */
    static int missingSubcommand(CommandSpec spec) {
        String names = String.join(", ", spec.subcommands().keySet());
        report(spec.parent() == null
                ? "commande manquante / missing command (" + names + ")"
                : "sous-commande manquante / missing subcommand (" + names + ")");
        spec.commandLine().usage(Console.ERR);
        return ExitStatus.INPUT_ERROR.code();
    }

    /** How a user types this command: {@code java -jar mssante-advisor.jar rules check}. */
    static String invocation(CommandSpec spec) {
        String qualified = spec.qualifiedName();
        String root = spec.root().name();
        return "java -jar mssante-advisor.jar" + qualified.substring(Math.min(root.length(), qualified.length()));
    }

    /** The French sentence for one of picocli's errors, by its kind; the arguments are named as typed. */
    static String french(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String what = String.join(" ", u.getUnmatched());
            if (u.isUnknownOption()) {
                return "option inconnue : " + what;
            }
            CommandSpec spec = e.getCommandLine().getCommandSpec();
            return !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()
                    ? "commande inconnue : " + what : "argument en trop : " + what;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            if (String.valueOf(m.getMessage()).startsWith("Missing required parameter for option")) {
                return "valeur manquante après l'option " + names(m.getMissing());
            }
            List<ArgSpec> missing = m.getMissing();
            boolean options = missing.stream().allMatch(ArgSpec::isOption);
            return (options ? "option obligatoire absente : " : "paramètre obligatoire absent : ") + names(missing);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return "option donnée plusieurs fois : " + name(o.getOverwritten()) + " (une seule valeur acceptée)";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "trop de valeurs";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "options incompatibles entre elles";
        }
        return e.getArgSpec() == null ? "paramètre invalide" : "valeur invalide pour " + name(e.getArgSpec());
    }

    private static String names(List<ArgSpec> args) {
        return args.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }

    /** A usage error found by our own checks of an option's value, already in French and English. */
    static final class BilingualUsageException extends ParameterException {
        BilingualUsageException(CommandLine cmd, String bilingual) {
            super(cmd, bilingual);
        }
    }
}
