package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that loads a rule pack and writes a text about it ({@code rules list}, {@code rules doc},
 * {@code explain}): the options, the checks and the exit statuses they share.
 */
abstract class PackTextCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Mixin
    OutputOptions output;

    /** The text to write, or empty when the arguments were wrong (the reason is already printed). */
    abstract Optional<String> text(RulePack rules, Lang lang);

    /** Checks done before the (costly) pack loading; false when the arguments are wrong. */
    boolean argumentsValid() {
        return true;
    }

    @Override
    public final Integer call() {
        Lang lang = output.langOrReport();
        if (lang == null || !argumentsValid()) {
            return ExitStatus.INPUT_ERROR.code();
        }
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        Optional<String> text = text(rules, lang);
        return text.isPresent() && output.write(text.get()) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
