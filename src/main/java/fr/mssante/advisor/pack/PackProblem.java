package fr.mssante.advisor.pack;

/**
 * Something wrong with a rule pack, located in its real file. {@code blocking} problems (a DRL that
 * does not compile) stop audits; the others (a rule without texts) are warnings at audit time.
 */
public record PackProblem(String file, int line, int column, String message, boolean blocking) {

    /** {@code file:line:column: message}, the form editors and terminals recognise. */
    public String format() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
