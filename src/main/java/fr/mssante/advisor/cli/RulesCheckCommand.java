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
import picocli.CommandLine.Option;

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (défaut) ou json : {\"pack\", \"usable\", \"rules\", \"problems\": [{\"file\", \"line\","
                    + " \"column\", \"message\", \"blocking\"}]}.")
    String format;

    @Override
    public Integer call() {
        Lang lang = output.langOrReport();
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        PackTextFormat chosen = PackTextFormat.parseOrReport(format, List.of(PackTextFormat.TEXT, PackTextFormat.JSON));
        if (chosen == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        boolean json = chosen == PackTextFormat.JSON;
        RulePack rules = pack.loadOrReport(lang, json ? output : null);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        List<PackProblem> problems = new ArrayList<>(rules.problems());
        // The FAQ topics beside the rules (explain TOPIC) are checked too: both languages, unique ids.
        TopicCatalog topics = TopicCatalog.read(rules.root(), rules.rules().keySet());
        problems.addAll(topics.problems());
        // So is the reference data the extract commands read (FINESS categories, RPPS professions, the
        // dashboard's rules): an analyst's slip there must show before a directory or init run.
        problems.addAll(DirectoryReference.problems(rules));
        int status = problems.isEmpty() ? ExitStatus.OK.code() : ExitStatus.PACK_ERROR.code();
        if (json) {
            String text = PackProblemsJson.write(pack.describe(lang), true, rules.rules().size(), problems, lang);
            return output.write(text) ? status : ExitStatus.INPUT_ERROR.code();
        }
        boolean fr = lang == Lang.FR;
        StringBuilder out = new StringBuilder();
        for (PackProblem p : problems) {
            out.append(p.format(lang)).append('\n');
        }
        int n = rules.rules().size();
        if (problems.isEmpty()) {
            int t = topics.topics().size();
            out.append(fr ? "OK : " + n + " règles compilées, métadonnées et textes complets, "
                    + Wording.of(lang).counted(t, "sujet de la FAQ", "sujets de la FAQ") + " (" + pack.describe(lang) + ")."
                    : "OK: " + n + " rules compiled, metadata and texts complete, "
                    + Wording.of(lang).counted(t, "FAQ topic", "FAQ topics") + " (" + pack.describe(lang) + ").");
        } else {
            out.append(Wording.of(lang).regular(problems.size(), "problème", "problem")).append('.');
        }
        if (!output.write(out.append('\n').toString())) {
            return ExitStatus.INPUT_ERROR.code();
        }
        return status;
    }
}
