package fr.mssante.advisor.init;

import fr.mssante.advisor.extract.FinessPublication;
import fr.mssante.advisor.extract.FinessReading;
import fr.mssante.advisor.extract.MailboxReading;
import fr.mssante.advisor.extract.RppsReading;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One extract a setup file was built from, as its comments name it: which publication, the file's
 * name (never its folder, which may say more about the user than needed) and its date (from the file's
 * name, the FINESS CSV's first line or the flux's {@code generatedAt}).
 *
 * @param what     the extract, in French ({@code FINESS (flux JSON)})
 * @param fileName the file's name, with the ZIP entry read when it was a ZIP
 * @param date     null when neither the name nor the content gives one
 */
public record Source(String what, String fileName, LocalDate date) {

    /** {@code FINESS (flux JSON) du 9 mars 2026}: how a comment names where a value came from. */
    public String dated() {
        return what + (date == null ? " (date non indiquée)" : " du " + Wording.of(Lang.FR).date(date));
    }

    static Source of(FinessReading r) {
        String what = r.publication() == FinessPublication.JSON_FLUX ? "FINESS (flux JSON)" : "FINESS (CSV Etalab)";
        return new Source(what, nameOf(r.file(), null), r.publishedOn());
    }

    static Source of(MailboxReading r) {
        return new Source("Annuaire Santé (boîtes MSSanté)", nameOf(r.file(), r.zipEntry()), r.publishedOn());
    }

    /** @return null without an RPPS file */
    static Source of(RppsReading r) {
        return r == null ? null : new Source("RPPS (activités)", nameOf(r.file(), null), r.publishedOn());
    }

    private static String nameOf(Path file, String zipEntry) {
        Path name = file.getFileName();
        String base = name == null ? file.toString() : name.toString();
        return zipEntry == null ? base : base + " (" + zipEntry + ")";
    }
}
