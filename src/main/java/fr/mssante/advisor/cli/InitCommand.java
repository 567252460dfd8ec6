package fr.mssante.advisor.cli;

import fr.mssante.advisor.extract.ExtractException;
import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.Extracts;
import fr.mssante.advisor.extract.Selection;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.init.SetupInit;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.timing.Phases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code init}: setup files pre-filled from the public extracts, for one establishment (to standard
 * output or {@code --output}), a legal entity or a department ({@code --out-dir}, one
 * {@code <FINESS>.yaml} each). A thin adapter over {@link SetupInit}: options, files, exit statuses.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prépare le fichier de configuration d'un établissement (ou de tous ceux d'une entité juridique,"
                + " d'un département) d'après les extractions publiques FINESS, Annuaire Santé et RPPS ; les faits que"
                + " seule la structure connaît sont marqués « À COMPLÉTER ».",
                "Writes the setup file of an establishment (or of every establishment of a legal entity or a"
                        + " department) from the public FINESS, Annuaire Santé and RPPS extracts; what only the"
                        + " structure knows is marked \"À COMPLÉTER\"."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:fichiers écrits / files written",
                "2:usage incorrect, FINESS inconnu, extraction illisible ou fichier existant sans --force"
                        + " / bad usage, unknown FINESS, unreadable extract or existing file without --force",
                "3:données de référence du paquet de règles invalides / broken reference data in the rule pack"})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FINESS_ET",
            description = "FINESS géographique de l'établissement / the establishment's FINESS ET.")
    String establishment;

    @Option(names = "--legal-entity", paramLabel = "FINESS_EJ",
            description = "Tous les établissements ouverts de cette entité juridique (avec --out-dir)"
                    + " / every open establishment of this legal entity.")
    String legalEntity;

    @Option(names = "--department", paramLabel = "CODE", split = ",",
            description = "Les établissements sociaux et médico-sociaux ouverts du département (ex. 93, 2A, 971 ;"
                    + " avec --out-dir) / the open social and medico-social establishments of the department.")
    List<String> departments = List.of();

    @Option(names = "--categories", paramLabel = "CODES", split = ",",
            description = "Avec --department : catégories FINESS retenues (ex. 500,354), au lieu de celles marquées"
                    + " essms dans reference/finess-categories.yaml / FINESS categories kept instead of the ESSMS ones.")
    List<String> categories = List.of();

    @Option(names = "--finess", required = true, paramLabel = "FILE",
            description = "Extraction FINESS : flux JSON (finess-structures-journalier-….json) ou CSV Etalab"
                    + " (etalab-cs1100507-stock-….csv).")
    Path finess;

    @Option(names = "--mssante", required = true, paramLabel = "FILE",
            description = "Extraction des boîtes MSSanté de l'Annuaire Santé (Extraction_Correspondance_MSSante_….txt"
                    + " ou son ZIP).")
    Path mssante;

    @Option(names = "--rpps", paramLabel = "FILE",
            description = "Extraction RPPS des activités (PS_LibreAcces_Personne_activite_….txt) : les professionnels"
                    + " / the RPPS activity extraction: the professionals.")
    Path rpps;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Un établissement : écrit le fichier ici (sortie standard sinon) / one establishment: write"
                    + " the file here (standard output otherwise).")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Dossier où écrire un fichier <FINESS>.yaml par établissement / folder for one"
                    + " <FINESS>.yaml per establishment.")
    Path outDir;

    @Option(names = "--force", description = "Remplace les fichiers existants / replace existing files.")
    boolean force;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date d'ouverture retenue des établissements (aujourd'hui par défaut) / the day"
                    + " establishments must be open on (today by default).")
    String asOf;

    @Option(names = {"-q", "--quiet"}, description = "N'affiche que les erreurs / print errors only.")
    boolean quiet;

    @Mixin
    LangOption language;

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        Lang lang = language.langOrReport();
        LocalDate day = UsageErrors.dayOrReport(asOf);
        Selection selection = lang == null || day == null ? null : selection(lang);
        if (selection == null || !destinationsAgree(selection)) {
            return ExitStatus.INPUT_ERROR.code();
        }
        // Only the pack's reference data is needed: its rules are not compiled (nor loaded from the jar).
        Path rules = pack.rootOrReport(lang);
        if (rules == null) {
            return ExitStatus.PACK_ERROR.code();
        }
        SetupInit.Result result;
        TerminalProgress progress = TerminalProgress.forConsole(quiet);
        try {
            ExtractReference reference = ExtractReference.of(rules);
            result = new SetupInit(reference, day, progress)
                    .prepare(new Extracts(finess, mssante, rpps), scoped(selection, reference));
        } catch (ExtractException e) {
            Console.ERR.println(InitMessages.inputError(lang) + e.message(lang));
            return ExitStatus.INPUT_ERROR.code();
        } catch (RulePackException e) {
            PackOption.printUnusable(e, lang);
            return ExitStatus.PACK_ERROR.code();
        } finally {
            progress.finish();
        }
        ExitStatus written = output == null && outDir == null ? toStandardOutput(result) : toFiles(result, lang);
        Phases.mark("setup files written");
        if (written == ExitStatus.OK && !quiet) {
            InitMessages.summary(result, outDir != null ? outDir : output, rpps != null, lang).forEach(Console.ERR::println);
        }
        return written.code();
    }

    /** The one selection the command line names, or null after saying what is wrong. */
    private Selection selection(Lang lang) {
        int given = (establishment != null ? 1 : 0) + (legalEntity != null ? 1 : 0) + (departments.isEmpty() ? 0 : 1);
        if (given != 1) {
            UsageErrors.report((given == 0 ? "que préparer ? " : "une seule sélection à la fois : ")
                    + "FINESS_ET, --legal-entity FINESS_EJ ou --department CODE / "
                    + (given == 0 ? "what to prepare? " : "one selection at a time: ")
                    + "FINESS_ET, --legal-entity FINESS_EJ or --department CODE.");
            return null;
        }
        if (!categories.isEmpty() && departments.isEmpty()) {
            UsageErrors.report("--categories va avec --department / --categories goes with --department.");
            return null;
        }
        if (departments.stream().anyMatch(String::isBlank) || categories.stream().anyMatch(String::isBlank)) {
            UsageErrors.report("code vide dans --department ou --categories / empty code (e.g. --department 93"
                    + " --categories 500,354).");
            return null;
        }
        try {
            if (establishment != null) {
                return Selection.establishment(establishment);
            }
            return legalEntity != null ? Selection.legalEntity(legalEntity) : Selection.area(departments, categories);
        } catch (ExtractException e) {
            UsageErrors.report(e.message(lang));
            return null;
        }
    }

    /**
     * A department without {@code --categories} means its social and medico-social establishments (the
     * categories marked {@code essms} in the reference data), as for {@code directory}.
     */
    private static Selection scoped(Selection selection, ExtractReference reference) {
        if (selection instanceof Selection.Area area && area.categories().isEmpty()) {
            return new Selection.Area(area.departments(), Set.copyOf(reference.essmsCategories()));
        }
        return selection;
    }

    /** One establishment goes to a file or standard output; several need a folder. */
    private boolean destinationsAgree(Selection selection) {
        if (output != null && outDir != null) {
            UsageErrors.report("--output ou --out-dir, pas les deux / --output or --out-dir, not both.");
            return false;
        }
        if (!(selection instanceof Selection.Establishment)) {
            if (outDir == null) {
                UsageErrors.report("plusieurs établissements : --out-dir DOSSIER (un fichier <FINESS>.yaml chacun)"
                        + (output != null ? " au lieu de --output" : "") + " / several establishments: --out-dir DIR"
                        + " (one <FINESS>.yaml each)" + (output != null ? " instead of --output." : "."));
                return false;
            }
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            UsageErrors.report("--out-dir « " + outDir + " » : ce n'est pas un dossier / not a folder.");
            return false;
        }
        if (output != null && Files.isDirectory(output)) {
            UsageErrors.report("--output « " + output + " » est un dossier : --out-dir " + output
                    + " / is a folder: use --out-dir.");
            return false;
        }
        return true;
    }

    private ExitStatus toStandardOutput(SetupInit.Result result) {
        Console.OUT.print(result.files().get(0).yaml());
        Console.OUT.flush();
        return ExitStatus.OK;
    }

    /** Every file or none: existing ones are named first (without --force), then each is written whole. */
    private ExitStatus toFiles(SetupInit.Result result, Lang lang) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (SetupInit.Prepared p : result.files()) {
            texts.put(output != null ? output : outDir.resolve(p.fileName()), p.yaml());
        }
        if (!force) {
            List<Path> existing = NewFiles.existing(texts.keySet());
            if (!existing.isEmpty()) {
                Console.ERR.println(InitMessages.existing(existing, lang));
                return ExitStatus.INPUT_ERROR;
            }
        }
        NewFiles.Failure failure = NewFiles.write(texts, force);
        if (failure == null) {
            return ExitStatus.OK;
        }
        Console.ERR.println(failure.existed() ? InitMessages.existing(List.of(failure.file()), lang)
                : InitMessages.cannotWrite(failure.file(), failure.cause(), failure.written(), lang));
        return ExitStatus.INPUT_ERROR;
    }
}
