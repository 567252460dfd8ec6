package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.mssante.advisor.i18n.LocalizedText;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Puts SnakeYAML's complaints in plain French and English: what is wrong, where the quote, bracket or
 * key at fault starts ("ouvert ligne 3"), and how to fix it. The error points where the fix goes,
 * which is often not where the parser gave up: an unclosed quote is noticed lines later. SnakeYAML's
 * own words are kept, as a detail, only for the rare complaints not explained here.
 */
final class YamlSyntax {

    private static final Pattern BAD_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern BAD_ESCAPE = Pattern.compile("found unknown escape character (.)");
    private static final Pattern FOUND = Pattern.compile("but found '(.+?)'");

    private YamlSyntax() {
    }

    static InputError explain(MarkedYAMLException e, SourceLines source) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark at = e.getProblemMark();
        Mark opened = e.getContextMark();
        SourceLocation where = location(at);
        Matcher badStart = BAD_START.matcher(problem);
        if (badStart.find()) {
            return badStart.group(1).startsWith("\\t") ? tab(where) : reservedCharacter(where, badStart.group(1), source);
        }
        if (context.contains("quoted scalar") && opened != null) {
            Matcher escape = BAD_ESCAPE.matcher(problem);
            if (escape.find()) {
                return unknownEscape(where, escape.group(1));
            }
            if (problem.contains("end of stream") || problem.contains("document separator")) {
                return quoteNeverClosed(location(opened));
            }
        }
        if (problem.startsWith("expected <block end>")) {
            return afterBlock(e, source);
        }
        if (problem.contains("mapping values are not allowed here")) {
            return colonInValue(where, source);
        }
        if (problem.contains("sequence entries are not allowed here")) {
            return explained(where, "un tiret « - » suit ici une valeur sur la même ligne : un élément de liste"
                            + " commence sa propre ligne, sous le champ de la liste. Si le tiret fait partie du texte,"
                            + " mettez toute la valeur entre guillemets.",
                    "a dash \"-\" follows a value on the same line: a list item starts a line of its own, under"
                            + " the list's field. If the dash is part of the text, put the whole value in quotes.");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            if (opened != null && problem.startsWith("expected ','")) {
                return bracketNotClosed(location(opened), context.contains("flow sequence"), at);
            }
        }
        if (problem.startsWith("expected the node content")) {
            Matcher found = FOUND.matcher(problem);
            String what = found.find() ? found.group(1) : "?";
            return explained(where, "« " + what + " » ne peut pas commencer une valeur : il ferme une liste ou un"
                            + " objet qui n'a pas été ouvert. S'il fait partie du texte, mettez la valeur entre"
                            + " guillemets.",
                    "\"" + what + "\" cannot start a value: it closes a list or an object that was not opened. If"
                            + " it is part of the text, put the value in quotes.");
        }
        if (context.contains("simple key") && problem.contains("could not find expected ':'") && opened != null) {
            return colonMissing(location(opened), source);
        }
        if ((context.contains("an alias") || context.contains("an anchor")) && opened != null) {
            return explained(location(opened), "« * » et « & » servent aux alias et ancres YAML et doivent être"
                            + " suivis d'un nom. S'ils font partie du texte, mettez la valeur entre guillemets.",
                    "\"*\" and \"&\" mark YAML aliases and anchors and must be followed by a name. If they are part"
                            + " of the text, put the value in quotes.");
        }
        if (context.contains("a tag") && opened != null) {
            return explained(location(opened), "« ! » annonce une étiquette YAML, qui n'a pas sa place dans un fichier"
                            + " de configuration : si le « ! » fait partie du texte, mettez la valeur entre guillemets.",
                    "\"!\" starts a YAML tag, which has no place in a setup file: if the \"!\" is part of the text,"
                            + " put the value in quotes.");
        }
        if (context.contains("a directive") && opened != null) {
            return explained(location(opened), "« % » en début de ligne annonce une directive YAML : si c'est du"
                            + " texte, mettez-le entre guillemets ; sinon, retirez la ligne.",
                    "\"%\" at the start of a line starts a YAML directive: if it is text, put it in quotes;"
                            + " otherwise, remove the line.");
        }
        if (context.contains("block scalar") && opened != null) {
            return explained(location(opened), "« | » ou « > » annonce un texte sur plusieurs lignes : rien ne doit"
                            + " le suivre sur sa ligne, le texte commence à la ligne suivante, plus indenté. Sinon,"
                            + " mettez la valeur entre guillemets.",
                    "\"|\" or \">\" starts a text over several lines: nothing may follow it on its line, the text"
                            + " starts on the next line, indented further. Otherwise, put the value in quotes.");
        }
        if (problem.contains("end of stream")) {
            return explained(where, "le fichier s'arrête au milieu d'une valeur : est-il complet ?",
                    "the file ends in the middle of a value: is it complete?");
        }
        String detail = e.getContext() == null ? problem : context + ", " + problem;
        return InputErrors.syntaxUnexplained(where, detail, false);
    }

    /**
     * Jackson's own complaint about YAML: a field name that is a list, an object or an alias
     * ({@code [a]: x}, {@code *x: y}), which a setup never needs.
     */
    static InputError explain(JsonProcessingException e) {
        SourceLocation where = LocatedTreeReader.location(e.getLocation());
        String problem = String.valueOf(e.getOriginalMessage());
        if (problem.startsWith("Expected a field name")) {
            return explained(where, "un nom de champ est un simple mot, pas une liste, un objet ou un alias (« [ »,"
                            + " « { », « * ») : si ces signes font partie du nom, mettez-le entre guillemets.",
                    "a field name is a plain word, not a list, an object or an alias (\"[\", \"{\", \"*\"): if those"
                            + " signs are part of the name, put it in quotes.");
        }
        return InputErrors.syntaxUnexplained(where, problem, false);
    }

    /** An invisible control character (pasted from another program, most often), at its place. */
    static InputError explain(ReaderException e, SourceLines source) {
        String code = String.format("U+%04X", e.getCodePoint());
        return explained(source.locationOf(e.getPosition()),
                "caractère invisible interdit (" + code + ") à cet endroit, venu sans doute d'un copier-coller :"
                        + " supprimez-le (retapez le texte autour si votre éditeur ne le montre pas).",
                "an invisible character (" + code + ") that is not allowed here, most likely pasted from another"
                        + " program: delete it (type the text around it again if your editor does not show it).");
    }

    private static InputError tab(SourceLocation where) {
        return explained(where, "une tabulation sert ici d'indentation, or YAML n'accepte que des espaces :"
                        + " remplacez-la par des espaces (réglez votre éditeur pour qu'il insère des espaces).",
                "a tab is used for indentation here, and YAML only takes spaces: replace it with spaces (set"
                        + " your editor to insert spaces).");
    }

    /** {@code name: @X}: @, `, % and a few others cannot start a plain value. */
    private static InputError reservedCharacter(SourceLocation where, String character, SourceLines source) {
        String example = quotedLine(source, where.line(), where.column());
        return explained(where, "une valeur YAML ne peut pas commencer par « " + character + " » (caractère"
                        + " réservé) : mettez-la entre guillemets, par exemple " + example + ".",
                "a YAML value cannot start with \"" + character + "\" (a reserved character): put it in quotes,"
                        + " for example " + example + ".");
    }

    private static InputError unknownEscape(SourceLocation where, String letter) {
        return explained(where, "« \\" + letter + " » n'est pas permis entre guillemets doubles, où « \\ » annonce"
                        + " un caractère spécial : écrivez « \\\\ » pour une barre oblique inverse, ou entourez la"
                        + " valeur d'apostrophes ('…'), où « \\ » est un caractère comme un autre.",
                "\"\\" + letter + "\" is not allowed in double quotes, where \"\\\" starts a special character:"
                        + " write \"\\\\\" for a backslash, or put the value in single quotes ('…'), where \"\\\" is"
                        + " a plain character.");
    }

    private static InputError quoteNeverClosed(SourceLocation opened) {
        return explained(opened, "le guillemet ouvert ligne " + opened.line() + ", colonne " + opened.column()
                        + ", n'est jamais refermé : ajoutez le guillemet fermant à la fin de la valeur.",
                "the quote opened on line " + opened.line() + ", column " + opened.column() + ", is never closed:"
                        + " add the closing quote at the end of the value.");
    }

    /**
     * "Expected the end of a block" means something follows a complete value: a quote closed lines
     * later than meant, text after a closing quote or bracket, or a line indented like no block above.
     * The token just before the place tells which.
     */
    private static InputError afterBlock(MarkedYAMLException e, SourceLines source) {
        Mark at = e.getProblemMark();
        SourceLocation where = location(at);
        Token before = tokenEndingAt(source, at.getIndex());
        if (before instanceof ScalarToken scalar && scalar.getStyle() != DumperOptions.ScalarStyle.PLAIN
                && isQuoted(scalar)) {
            SourceLocation opened = location(scalar.getStartMark());
            SourceLocation closed = new SourceLocation(scalar.getEndMark().getLine() + 1,
                    scalar.getEndMark().getColumn());
            if (opened.line() < closed.line()) {
                return explained(opened, "le guillemet ouvert ligne " + opened.line() + ", colonne "
                                + opened.column() + ", n'est refermé que ligne " + closed.line() + ", colonne "
                                + closed.column() + " : la valeur déborde sur les lignes suivantes. Ajoutez le"
                                + " guillemet fermant à la fin de la ligne " + opened.line() + ".",
                        "the quote opened on line " + opened.line() + ", column " + opened.column() + ", is only"
                                + " closed on line " + closed.line() + ", column " + closed.column() + ": the value"
                                + " runs over the next lines. Add the closing quote at the end of line "
                                + opened.line() + ".");
            }
            if (closed.line() == where.line()) {
                return textAfterQuote(closed, scalar.getStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED);
            }
        }
        if (before != null && before.getEndMark().getLine() == at.getLine()
                && (before.getTokenId() == Token.ID.FlowSequenceEnd || before.getTokenId() == Token.ID.FlowMappingEnd)) {
            return explained(where, "du texte suit le crochet ou l'accolade qui ferme la valeur : si ces signes font"
                            + " partie du texte, mettez toute la valeur entre guillemets.",
                    "text follows the bracket or brace that closes the value: if those signs are part of the text,"
                            + " put the whole value in quotes.");
        }
        return misaligned(where, e.getContextMark());
    }

    /** A line that starts at a column where no block of the file is: say which block it breaks. */
    private static InputError misaligned(SourceLocation where, Mark block) {
        String rule = " Les champs d'un même objet, comme les « - » d'une même liste, commencent à la même colonne.";
        String ruleEn = " The fields of one object, like the \"-\" of one list, start at the same column.";
        if (block == null) {
            return explained(where, "indentation incohérente : cette ligne n'est alignée sur aucun bloc au-dessus."
                    + rule, "inconsistent indentation: this line lines up with no block above." + ruleEn);
        }
        SourceLocation start = location(block);
        if (where.column() > start.column()) {
            return explained(where, "indentation incohérente : cette ligne est plus indentée que le bloc qui"
                            + " commence ligne " + start.line() + ", colonne " + start.column() + ", sans en ouvrir"
                            + " un nouveau." + rule,
                    "inconsistent indentation: this line is indented deeper than the block starting on line "
                            + start.line() + ", column " + start.column() + ", without opening a new one." + ruleEn);
        }
        return explained(where, "indentation incohérente : cette ligne est moins indentée que le bloc qui commence"
                        + " ligne " + start.line() + ", colonne " + start.column() + ", et ne s'aligne sur aucun"
                        + " bloc plus haut." + rule,
                "inconsistent indentation: this line is indented less than the block starting on line "
                        + start.line() + ", column " + start.column() + ", and lines up with no block further up."
                        + ruleEn);
    }

    private static InputError textAfterQuote(SourceLocation closed, boolean single) {
        return single
                ? explained(closed, "cette apostrophe ferme la valeur commencée par une apostrophe, et du texte la"
                                + " suit : dans une valeur entre apostrophes, doublez l'apostrophe ('l''équipe'),"
                                + " ou entourez la valeur de guillemets doubles (\"l'équipe\").",
                        "this apostrophe closes the value opened with an apostrophe, and text follows it: inside"
                                + " single quotes, double the apostrophe ('l''équipe'), or put the value in double"
                                + " quotes (\"l'équipe\").")
                : explained(closed, "ce guillemet ferme la valeur commencée par un guillemet, et du texte le suit :"
                                + " dans une valeur entre guillemets doubles, écrivez \\\" pour un guillemet, ou"
                                + " entourez la valeur d'apostrophes ('…').",
                        "this quote closes the value opened with a quote, and text follows it: inside double"
                                + " quotes, write \\\" for a quote, or put the value in single quotes ('…').");
    }

    /**
     * A colon SnakeYAML did not expect: in the middle of a value ({@code name: a: b}), or starting a
     * field on a line indented deeper than its neighbours, which reads as the rest of the value above.
     */
    private static InputError colonInValue(SourceLocation where, SourceLines source) {
        String head = source.before(where.line(), where.column());
        int keyEnd = head.indexOf(": ");
        if (keyEnd < 0) {
            String line = source.line(where.line());
            SourceLocation start = new SourceLocation(where.line(), indentOf(line) + 1);
            return explained(start, "cette ligne est plus indentée que le champ au-dessus : elle est lue comme la"
                            + " suite de sa valeur. Alignez ce champ sur les autres champs du même objet.",
                    "this line is indented deeper than the field above: it reads as the rest of its value. Line"
                            + " this field up with the other fields of its object.");
        }
        String example = quotedLine(source, where.line(), head.codePointCount(0, keyEnd + 2) + 1);
        return explained(where, "un deux-points suivi d'un espace dans une valeur la coupe en deux : mettez la"
                        + " valeur entre guillemets, par exemple " + example + ".",
                "a colon followed by a space inside a value splits it: put the value in quotes, for example "
                        + example + ".");
    }

    private static InputError bracketNotClosed(SourceLocation opened, boolean list, Mark stopped) {
        String sign = list ? "[" : "{";
        String close = list ? "]" : "}";
        return explained(opened, (list ? "le crochet « [ » ouvert" : "l'accolade « { » ouverte") + " ligne "
                        + opened.line() + ", colonne " + opened.column() + ", n'est pas refermé" + (list ? "" : "e")
                        + " (lecture arrêtée ligne " + (stopped.getLine() + 1) + ") : terminez la "
                        + (list ? "liste" : "valeur") + " par « " + close + " » et séparez ses éléments par des"
                        + " virgules. Si « " + sign + " » fait partie du texte, mettez la valeur entre guillemets.",
                "the " + (list ? "bracket" : "brace") + " \"" + sign + "\" opened on line " + opened.line()
                        + ", column " + opened.column() + ", is not closed (reading stopped on line "
                        + (stopped.getLine() + 1) + "): end the " + (list ? "list" : "value") + " with \"" + close
                        + "\" and separate its items with commas. If \"" + sign + "\" is part of the text, put the"
                        + " value in quotes.");
    }

    private static InputError colonMissing(SourceLocation key, SourceLines source) {
        String text = source.from(key.line(), key.column()).strip();
        String shown = InputErrors.excerpt(text, 40);
        return explained(key, "« : » manque après « " + shown + " » : un champ s'écrit « nom: valeur ». Si cette"
                        + " ligne est la suite de la valeur d'au-dessus, écrivez toute la valeur sur une ligne,"
                        + " entre guillemets.",
                "\":\" is missing after \"" + shown + "\": a field is written \"name: value\". If this line is the"
                        + " rest of the value above, write the whole value on one line, in quotes.");
    }

    /** The line as it should be: the field as written, its value from {@code column} on in quotes (comment left out). */
    private static String quotedLine(SourceLines source, int line, int column) {
        String key = source.before(line, column).strip();
        String value = source.from(line, column);
        int comment = value.indexOf(" #");
        value = (comment < 0 ? value : value.substring(0, comment)).strip();
        String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
        return (key.isEmpty() ? "" : key + " ") + quoted;
    }

    private static boolean isQuoted(ScalarToken scalar) {
        return scalar.getStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || scalar.getStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
    }

    /**
     * The token that ends where the parser stopped (index in code points), found by scanning the text
     * again: the parser's exception does not say what came before. Null when none ends there.
     */
    static Token tokenEndingAt(SourceLines source, int index) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), source.text().length() + 1));
        ScannerImpl scanner = new ScannerImpl(new StreamReader(source.text()), options);
        Token last = null;
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                if (token.getStartMark().getIndex() >= index) {
                    break;
                }
                if (token.getEndMark().getIndex() > token.getStartMark().getIndex()) {
                    last = token;
                }
            }
        } catch (YAMLException beyond) {
            // The scanner fails further on, at the problem itself: what was read so far is enough.
        }
        return last != null && last.getEndMark().getIndex() <= index ? last : null;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static SourceLocation location(Mark mark) {
        return new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static InputError explained(SourceLocation where, String fr, String en) {
        return InputErrors.syntax(where, LocalizedText.of(fr, en), false);
    }
}
