package fr.mssante.advisor.setup;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.LocalizedText;

/**
 * A problem that keeps a setup file from being audited: bad syntax, unknown field, wrong value,
 * dangling reference… It names where it is and says how to fix it, in both languages.
 *
 * @param path the place in the tree, e.g. {@code mailboxes[2].forwarding[0].to}; empty for the whole file
 */
public record InputError(String path, SourceLocation location, LocalizedText text) {

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
