package fr.mssante.advisor.cli;

import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.ReadingCounts;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.init.SetupDraft;
import fr.mssante.advisor.init.SetupInit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code init} tells the user on standard error, in their language: counts, codes, file names and
 * line numbers only, never a name or an RPPS number (those go into the files asked for).
 */
final class InitMessages {

    private static final int NAMED = 5;

    private InitMessages() {
    }

    static String inputError(Lang lang) {
        return lang == Lang.FR ? "Erreur de saisie : " : "Input error: ";
    }

    static String existing(List<Path> files, Lang lang) {
        String names = files.stream().limit(NAMED).map(Path::toString).collect(Collectors.joining(", "))
                + (files.size() > NAMED ? ", …" : "");
        if (lang == Lang.FR) {
            return inputError(lang) + (files.size() == 1 ? names + " existe déjà" : Wording.of(lang).counted(files.size(),
                    "fichier existe", "fichiers existent") + " déjà (" + names + ")")
                    + " ; rien n'a été écrit. --force pour remplacer, ou un autre --output / --out-dir.";
        }
        return inputError(lang) + (files.size() == 1 ? names + " already exists" : files.size()
                + " files already exist (" + names + ")") + "; nothing was written. --force to replace them, or"
                + " another --output / --out-dir.";
    }

    /** @param done files written before this one */
    static String cannotWrite(Path file, IOException e, int done, Lang lang) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return lang == Lang.FR
                ? "Impossible d'écrire " + file + " (" + why + ")" + (done == 0 ? "." : " ; "
                + Wording.of(lang).counted(done, "fichier complet déjà écrit", "fichiers complets déjà écrits") + ".")
                : "Cannot write " + file + " (" + why + ")" + (done == 0 ? "." : "; " + done + " complete file"
                + (done == 1 ? "" : "s") + " already written.");
    }

    /** The lines after a successful run. */
    static List<String> summary(SetupInit.Result result, Path where, boolean rppsGiven, Lang lang) {
        boolean fr = lang == Lang.FR;
        List<SetupDraft> drafts = result.files().stream().map(SetupInit.Prepared::draft).toList();
        long professionals = drafts.stream().mapToLong(d -> d.professionals().size()).sum();
        long mailboxes = drafts.stream().mapToLong(d -> d.mailboxes().size()).sum();
        long unowned = drafts.stream().flatMap(d -> d.mailboxes().stream())
                .filter(m -> m.type() == MailboxType.PER && m.ownerId() == null).count();
        long invalid = drafts.stream().flatMap(d -> d.mailboxes().stream()).filter(m -> !m.addressValid()).count();
        List<String> lines = new ArrayList<>();
        String files = Wording.of(lang).counted(result.files().size(), fr ? "fichier de configuration écrit" : "setup file written",
                fr ? "fichiers de configuration écrits" : "setup files written");
        String place = where == null ? (fr ? " sur la sortie standard" : " to standard output")
                : (fr ? " dans " : " to ") + where;
        List<String> details = new ArrayList<>();
        details.add(Wording.of(lang).counted(professionals, fr ? "professionnel" : "professional",
                fr ? "professionnels" : "professionals"));
        details.add(Wording.of(lang).counted(mailboxes, fr ? "boîte aux lettres" : "mailbox", fr ? "boîtes aux lettres" : "mailboxes"));
        if (unowned > 0) {
            details.add(Wording.of(lang).counted(unowned, fr ? "boîte personnelle sans titulaire trouvé dans le RPPS"
                    : "personal mailbox whose owner the RPPS does not list there", fr
                    ? "boîtes personnelles sans titulaire trouvé dans le RPPS"
                    : "personal mailboxes whose owners the RPPS does not list there"));
        }
        if (invalid > 0) {
            details.add(Wording.of(lang).counted(invalid, fr ? "adresse invalide telle que publiée" : "address invalid as published",
                    fr ? "adresses invalides telles que publiées" : "addresses invalid as published"));
        }
        lines.add(files + place + (fr ? " : " : ": ") + String.join(", ", details) + ".");
        if (!rppsGiven) {
            lines.add(fr ? "Sans --rpps, aucun professionnel n'a pu être repris." : "Without --rpps, no professional"
                    + " could be taken in.");
        }
        ReadingCounts c = result.counts();
        if (c.closedLeftOut() > 0) {
            lines.add(Wording.of(lang).counted(c.closedLeftOut(), fr ? "établissement fermé laissé de côté" : "closed establishment left out",
                    fr ? "établissements fermés laissés de côté" : "closed establishments left out") + ".");
        }
        if (c.foldedMailboxes() > 0) {
            lines.add(Wording.of(lang).counted(c.foldedMailboxes(), fr ? "ligne répétant une adresse déjà listée écartée"
                    : "line repeating an address already listed left out", fr
                    ? "lignes répétant une adresse déjà listée écartées"
                    : "lines repeating an address already listed left out") + ".");
        }
        c.unmapped().forEach(u -> lines.add(unmapped(u, lang)));
        malformed(c.finess().file(), c.finess().malformed(), lang, lines);
        malformed(c.mailboxes().file(), c.mailboxes().malformed(), lang, lines);
        if (c.rpps() != null) {
            malformed(c.rpps().file(), c.rpps().malformed(), lang, lines);
        }
        lines.add(fr ? "Complétez les lignes « À COMPLÉTER », puis : java -jar mssante-advisor.jar audit "
                + (where == null ? "FICHIER" : where) : "Complete the \"À COMPLÉTER\" lines, then: java -jar"
                + " mssante-advisor.jar audit " + (where == null ? "FILE" : where));
        return lines;
    }

    private static String unmapped(UnmappedCode u, Lang lang) {
        boolean category = u.kind() == UnmappedCode.Kind.FINESS_CATEGORY;
        String label = u.label() == null || u.label().isBlank() ? "" : " (" + u.label().trim() + ")";
        String file = category ? ExtractReference.CATEGORIES_FILE : ExtractReference.PROFESSIONS_FILE;
        if (lang == Lang.FR) {
            return "attention : " + (category ? "catégorie FINESS " : "profession RPPS ") + u.code() + label
                    + " absente de " + file + " : écrite AUTRE (" + Wording.of(lang).counted(u.count(),
                    category ? "établissement" : "activité", category ? "établissements" : "activités") + ").";
        }
        return "warning: " + (category ? "FINESS category " : "RPPS profession ") + u.code() + label + " not in " + file
                + ": written AUTRE (" + Wording.of(lang).counted(u.count(), category ? "establishment" : "activity",
                category ? "establishments" : "activities") + ").";
    }

    private static void malformed(Path file, MalformedLines m, Lang lang, List<String> lines) {
        if (m.count() == 0) {
            return;
        }
        String at = m.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (m.count() > m.firstLines().size() ? ", …" : "");
        lines.add(lang == Lang.FR
                ? "attention : " + file + " : " + Wording.of(lang).counted(m.count(), "ligne mal formée ignorée",
                "lignes mal formées ignorées") + " (" + (m.count() == 1 ? "ligne " : "lignes ") + at + ")."
                : "warning: " + file + ": " + Wording.of(lang).counted(m.count(), "malformed line", "malformed lines")
                + " skipped (line" + (m.count() == 1 ? " " : "s ") + at + ").");
    }
}
