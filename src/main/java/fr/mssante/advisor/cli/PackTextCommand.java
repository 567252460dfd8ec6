package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import java.util.List;
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

    /** The {@code --format} given (each command declares the option, with its own default and help). */
    abstract String formatValue();

    /** The formats this command writes, the default first. */
    abstract List<PackTextFormat> formats();

    /** The text to write, or empty when the arguments were wrong (the reason is already printed). */
    abstract Optional<String> text(RulePack rules, Lang lang, PackTextFormat format);

    @Override
    public final Integer call() {
        Lang lang = output.langOrReport();
        PackTextFormat format = PackTextFormat.parseOrReport(formatValue(), formats());
        if (lang == null || format == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        RulePack rules = pack.loadOrReport(lang, format == PackTextFormat.JSON ? output : null);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        Optional<String> text = text(rules, lang, format);
        return text.isPresent() && output.write(text.get()) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
