package fr.mssante.advisor.setup;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.LocalizedText;

/**
 * A problem that keeps a setup file from being audited: bad syntax, unknown field, wrong value,
 * dangling reference… It names where it is and says how to fix it, in both languages.
 *
 * @param path     the place in the tree, e.g. {@code mailboxes[2].forwarding[0].to}; empty for the whole file
 * @param location always a real place (line and column from 1): a problem of the whole file is at 1:1, so
 *                 that every report, editor and CI annotation can jump to it
 */
public record InputError(String path, SourceLocation location, LocalizedText text) {

    public InputError {
        if (location == null) {
            location = SourceLocation.START;
        } else if (location.line() < 1 || location.column() < 1) {
            location = new SourceLocation(Math.max(1, location.line()), Math.max(1, location.column()));
        }
    }

    public static InputError of(String path, SourceLocation location, String fr, String en) {
        return new InputError(path, location, LocalizedText.of(fr, en));
    }

    public String message(Lang lang) {
        return text.in(lang);
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }
}
