package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.RuleDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules list}: one line per rule of the loaded pack. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Liste les règles du paquet chargé.", "Lists the rules of the loaded pack."})
final class RulesListCommand implements Callable<Integer> {

    @Mixin
    PackOption pack;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        RulePack rules = pack.loadOrReport();
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        return output.write(new RuleDocs(rules, lang).list()) ? ExitStatus.OK.code() : ExitStatus.INPUT_ERROR.code();
    }
}
