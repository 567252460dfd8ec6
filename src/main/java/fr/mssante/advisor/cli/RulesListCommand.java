package fr.mssante.advisor.cli;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.workbench.RuleDocs;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code rules list}: one line per rule of the loaded pack. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Liste les règles du paquet chargé.", "Lists the rules of the loaded pack."})
final class RulesListCommand extends PackTextCommand {

    @Override
    Optional<String> text(RulePack rules, Lang lang) {
        return Optional.of(new RuleDocs(rules, lang).list());
    }
}
