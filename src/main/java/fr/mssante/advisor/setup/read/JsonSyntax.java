package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import fr.mssante.advisor.i18n.LocalizedText;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts Jackson's complaints about a JSON setup in plain French and English, with JSON's own fixes
 * (commas, double quotes, closing braces), never YAML's. The error points where the fix goes: the comma
 * too many, the place a comma is missing, the brace or quote left open. Jackson's words are kept, as a
 * detail, only for the complaints not explained here.
 */
final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");

    private JsonSyntax() {
    }

    static InputError explain(JsonProcessingException e, SourceLines source) {
        String problem = String.valueOf(e.getOriginalMessage());
        SourceLocation where = LocatedTreeReader.location(e.getLocation());
        SourceLocation opened = openedAt(e);
        boolean inList = e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null
                && p.getParsingContext().inArray();
        Matcher unexpected = UNEXPECTED.matcher(problem);
        String character = unexpected.find() ? unexpected.group(1) : null;
        if (problem.startsWith("Unexpected end-of-input")) {
            return problem.contains("closing quote") ? quoteNotClosed(where, source, true) : notClosed(opened, inList);
        }
        if (problem.contains("was expecting double-quote to start field name")) {
            if ("}".equals(character)) {
                return extraComma(source, where, "}");
            }
            if ("'".equals(character)) {
                return explained(where, "les noms et les textes s'écrivent entre guillemets doubles en JSON"
                                + " (\"nom\"), pas entre apostrophes.",
                        "names and texts are written in double quotes in JSON (\"name\"), not in single quotes.");
            }
            return explained(where, "un nom de champ s'écrit entre guillemets doubles en JSON, par exemple"
                            + " \"format\": \"mssante-setup/1\".",
                    "a field name is written in double quotes in JSON, for example \"format\": \"mssante-setup/1\".");
        }
        if (problem.contains("was expecting comma to separate")) {
            SourceLocation after = source.afterPreviousText(where.line(), where.column());
            return explained(after, "une virgule manque ici, entre deux " + (inList ? "éléments de la liste"
                            : "champs de l'objet") + " (le suivant commence ligne " + where.line() + ", colonne "
                            + where.column() + ").",
                    "a comma is missing here, between two " + (inList ? "items of the list" : "fields of the object")
                            + " (the next one starts on line " + where.line() + ", column " + where.column() + ").");
        }
        if (problem.contains("was expecting a colon")) {
            return explained(where, "« : » manque entre le nom du champ et sa valeur (\"nom\": valeur).",
                    "\":\" is missing between the field name and its value (\"name\": value).");
        }
        if (problem.contains("expected a valid value") || problem.contains("expected a value")) {
            return "]".equals(character) ? extraComma(source, where, "]") : valueExpected(where);
        }
        Matcher token = TOKEN.matcher(problem);
        if (token.find()) {
            return unquotedWord(where, token.group(1));
        }
        Matcher close = CLOSE.matcher(problem);
        if (close.find() && opened != null) {
            String openSign = inList ? "[" : "{";
            String rightClose = inList ? "]" : "}";
            return explained(where, "« " + close.group(1) + " » ferme ici " + (inList ? "la liste ouverte par « [ »"
                            : "l'objet ouvert par « { »") + " ligne " + opened.line() + ", colonne " + opened.column()
                            + " : écrivez « " + rightClose + " », ou ajoutez le « " + reverse(close.group(1))
                            + " » oublié plus haut.",
                    "\"" + close.group(1) + "\" closes here the " + (inList ? "list" : "object") + " opened by \""
                            + openSign + "\" on line " + opened.line() + ", column " + opened.column() + ": write \""
                            + rightClose + "\", or add the \"" + reverse(close.group(1)) + "\" missing above.");
        }
        Matcher control = CONTROL.matcher(problem);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return code == '\n' || code == '\r' ? quoteNotClosed(where, source, false) : controlCharacter(where, code);
        }
        if (problem.contains("maybe a (non-standard) comment")) {
            return explained(where, "JSON n'accepte pas de commentaires : retirez-les, ou écrivez le fichier en"
                            + " YAML (extension .yaml), qui les accepte après « # ».",
                    "JSON takes no comments: remove them, or write the file as YAML (.yaml), which takes them"
                            + " after \"#\".");
        }
        if (problem.contains("Leading zeroes not allowed")) {
            return explained(where, "un nombre JSON ne commence pas par 0 : un identifiant comme un FINESS s'écrit"
                            + " entre guillemets doubles (\"010000024\").",
                    "a JSON number does not start with 0: an identifier such as a FINESS is written in double"
                            + " quotes (\"010000024\").");
        }
        if (problem.startsWith("Unrecognized character escape")) {
            return explained(where, "dans un texte JSON, « \\ » annonce un caractère spécial (\\n, \\\", \\\\) :"
                            + " écrivez « \\\\ » pour une barre oblique inverse.",
                    "in a JSON text, \"\\\" starts a special character (\\n, \\\", \\\\): write \"\\\\\" for a"
                            + " backslash.");
        }
        return InputErrors.syntaxUnexplained(where, problem, true);
    }

    /** {@code ,}} or {@code ,]}: the comma is the place to fix. */
    private static InputError extraComma(SourceLines source, SourceLocation where, String closer) {
        SourceLocation comma = source.lastBefore(',', where.line(), where.column());
        return explained(comma == null ? where : comma, "virgule en trop avant « " + closer + " » : en JSON, le"
                        + " dernier " + ("}".equals(closer) ? "champ d'un objet" : "élément d'une liste")
                        + " n'est pas suivi d'une virgule. Retirez-la.",
                "one comma too many before \"" + closer + "\": in JSON, the last " + ("}".equals(closer)
                        ? "field of an object" : "item of a list") + " is not followed by a comma. Remove it.");
    }

    private static InputError notClosed(SourceLocation opened, boolean list) {
        if (opened == null) {
            return explained(SourceLocation.START, "le fichier s'arrête avant la fin de l'objet JSON : est-il"
                            + " complet ?",
                    "the file ends before the JSON object does: is it complete?");
        }
        return explained(opened, (list ? "le crochet « [ » ouvert" : "l'accolade « { » ouverte") + " ligne "
                        + opened.line() + ", colonne " + opened.column() + ", n'est jamais refermé"
                        + (list ? "" : "e") + " : le fichier s'arrête avant. Ajoutez « " + (list ? "]" : "}")
                        + " » à la fin " + (list ? "de la liste" : "de l'objet") + " (ou vérifiez que le fichier est"
                        + " complet).",
                "the " + (list ? "bracket \"[\"" : "brace \"{\"") + " opened on line " + opened.line() + ", column "
                        + opened.column() + ", is never closed: the file ends first. Add \"" + (list ? "]" : "}")
                        + "\" at the end of the " + (list ? "list" : "object") + " (or check the file is complete).");
    }

    /**
     * A text whose closing quote is missing: JSON texts end on their line, so the quote opens on this one
     * (or the file stops inside the text: it was cut).
     */
    private static InputError quoteNotClosed(SourceLocation where, SourceLines source, boolean endOfFile) {
        SourceLocation opened = openQuote(source, where.line());
        SourceLocation at = opened == null ? where : opened;
        String opening = "le guillemet ouvert ligne " + at.line() + ", colonne " + at.column();
        String openingEn = "the quote opened on line " + at.line() + ", column " + at.column();
        return endOfFile
                ? explained(at, opening + ", n'est jamais refermé : le fichier s'arrête dans ce texte. Est-il"
                                + " complet ?",
                        openingEn + ", is never closed: the file ends inside this text. Is it complete?")
                : explained(at, opening + ", n'est pas refermé : un texte JSON se termine par « \" » sur sa ligne.",
                        openingEn + ", is not closed: a JSON text ends with \"\\\"\" on its line.");
    }

    private static InputError unquotedWord(SourceLocation where, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return explained(where, "écrivez « " + lower + " » en minuscules : JSON ne connaît que true, false et"
                            + " null.",
                    "write \"" + lower + "\" in lower case: JSON only knows true, false and null.");
        }
        return explained(where, "« " + word + " » n'est pas une valeur JSON : un texte s'écrit entre guillemets"
                        + " doubles (\"" + word + "\") ; sans guillemets, seuls les nombres, true, false et null.",
                "\"" + word + "\" is not a JSON value: a text is written in double quotes (\"" + word + "\");"
                        + " unquoted, only numbers, true, false and null.");
    }

    private static InputError valueExpected(SourceLocation where) {
        return explained(where, "une valeur est attendue ici : un texte entre guillemets doubles, un nombre, true,"
                        + " false, null, une liste [ … ] ou un objet { … }.",
                "a value is expected here: a text in double quotes, a number, true, false, null, a list [ … ]"
                        + " or an object { … }.");
    }

    private static InputError controlCharacter(SourceLocation where, int code) {
        return code == '\t'
                ? explained(where, "une tabulation dans un texte : écrivez \\t à sa place, ou des espaces.",
                        "a tab inside a text: write \\t instead, or spaces.")
                : explained(where, String.format("caractère invisible interdit (U+%04X) dans un texte, venu sans"
                                + " doute d'un copier-coller : supprimez-le.", code),
                        String.format("an invisible character (U+%04X) inside a text, most likely pasted from"
                                + " another program: delete it.", code));
    }

    /** Where the text left open on {@code line} starts: the quote after which no closing quote follows. */
    private static SourceLocation openQuote(SourceLines source, int line) {
        String text = source.line(line);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && c == '\\') {
                i++;
            } else if (c == '"') {
                open = open >= 0 ? -1 : i;
            }
        }
        return open < 0 ? null : new SourceLocation(line, text.codePointCount(0, open) + 1);
    }

    /** Where the object or list being read when Jackson stopped was opened. */
    private static SourceLocation openedAt(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            if (context != null && !context.inRoot()) {
                JsonLocation start = context.startLocation(ContentReference.unknown());
                if (start != null && start.getLineNr() > 0) {
                    return LocatedTreeReader.location(start);
                }
            }
        }
        return null;
    }

    private static String reverse(String closer) {
        return switch (closer) {
            case "]" -> "[";
            case "}" -> "{";
            default -> closer;
        };
    }

    private static InputError explained(SourceLocation where, String fr, String en) {
        return InputErrors.syntax(where, LocalizedText.of(fr, en), true);
    }
}
