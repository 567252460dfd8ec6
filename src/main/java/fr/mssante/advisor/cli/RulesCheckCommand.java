package fr.mssante.advisor.cli;

import fr.mssante.advisor.directory.DirectoryReference;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.TopicCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules check}: compiles the pack and runs the pack-level checks; prints {@code file:line:column: message}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile le paquet et vérifie métadonnées et textes ; statut 0 si propre, 3 sinon.",
                "Compiles the pack and checks metadata and texts; exit 0 when clean, 3 otherwise."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:paquet propre / clean pack",
                "2:usage incorrect / bad usage",
                "3:paquet qui ne compile pas, ou problèmes de métadonnées ou de textes / pack broken or incomplete"})
final class RulesCheckCommand implements Callable<Integer> {

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
        boolean fr = lang == Lang.FR;
        StringBuilder out = new StringBuilder();
        List<PackProblem> problems = new ArrayList<>(rules.problems());
        // The FAQ topics beside the rules (explain TOPIC) are checked too: both languages, unique ids.
        TopicCatalog topics = TopicCatalog.read(rules.root(), rules.rules().keySet());
        problems.addAll(topics.problems());
        // So is the reference data the extract commands read (FINESS categories, RPPS professions, the
        // dashboard's rules): an analyst's slip there must show before a directory or init run.
        problems.addAll(DirectoryReference.problems(rules));
        for (PackProblem p : problems) {
            out.append(p.format()).append('\n');
        }
        int n = rules.rules().size();
        if (problems.isEmpty()) {
            int t = topics.topics().size();
            out.append(fr ? "OK : " + n + " règles compilées, métadonnées et textes complets, "
                    + Wording.count(t, "sujet de la FAQ", "sujets de la FAQ", lang) + " (" + pack.describe(lang) + ")."
                    : "OK: " + n + " rules compiled, metadata and texts complete, "
                    + Wording.count(t, "FAQ topic", "FAQ topics", lang) + " (" + pack.describe(lang) + ").");
        } else {
            out.append(fr ? Wording.count(problems.size(), "problème", "problèmes", lang)
                    : Wording.count(problems.size(), "problem", "problems", lang)).append('.');
        }
        if (!output.write(out.append('\n').toString())) {
            return ExitStatus.INPUT_ERROR.code();
        }
        return problems.isEmpty() ? ExitStatus.OK.code() : ExitStatus.PACK_ERROR.code();
    }
}
