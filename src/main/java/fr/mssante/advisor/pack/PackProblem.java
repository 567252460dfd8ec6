package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;

/**
 * Something wrong with a rule pack, located in its real file. {@code blocking} problems (a DRL that
 * does not compile) stop audits; the others (a rule without texts) are warnings at audit time.
 *
 * @param message the French text (most problems give it in both languages, "… / …")
 * @param english the English text for {@code --lang en}, or null when {@code message} says it in both
 */
public record PackProblem(String file, int line, int column, String message, boolean blocking, String english) {

    public PackProblem(String file, int line, int column, String message, boolean blocking) {
        this(file, line, column, message, blocking, null);
    }

    public String message(Lang lang) {
        return lang == Lang.EN && english != null ? english : message;
    }

    /** {@code file:line:column: message}, the form editors and terminals recognise. */
    public String format() {
        return format(Lang.FR);
    }

    public String format(Lang lang) {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message(lang);
    }
}
