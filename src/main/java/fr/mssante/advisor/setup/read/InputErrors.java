package fr.mssante.advisor.setup.read;

import fr.mssante.advisor.i18n.LocalizedText;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every input-error sentence, in French and English, with the suggestion that goes with it; the
 * explanations of a parser's complaints are in {@link YamlSyntax} and {@link JsonSyntax}.
 */
final class InputErrors {

    private InputErrors() {
    }

    static InputError emptyFile(boolean json) {
        return json
                ? at("", SourceLocation.START,
                        "Le fichier est vide : il doit décrire une structure, dans un objet JSON qui commence par"
                                + " { \"format\": \"mssante-setup/1\", \"structure\": { … }, … }.",
                        "The file is empty: it must describe a structure, in a JSON object starting with"
                                + " { \"format\": \"mssante-setup/1\", \"structure\": { … }, … }.")
                : at("", SourceLocation.START,
                        "Le fichier est vide : il doit décrire une structure (commencez par « format: mssante-setup/1 »).",
                        "The file is empty: it must describe a structure (start with \"format: mssante-setup/1\").");
    }

    static InputError unreadable(String reason) {
        return at("", SourceLocation.START,
                "Impossible de lire le fichier : " + reason + ".",
                "Cannot read the file: " + reason + ".");
    }

    /** A parser's complaint put in plain words by {@link YamlSyntax} or {@link JsonSyntax}. */
    static InputError syntax(SourceLocation where, LocalizedText explanation, boolean json) {
        String kind = json ? "JSON" : "YAML";
        return at("", where, "Syntaxe " + kind + " invalide : " + explanation.fr(),
                "Invalid " + kind + " syntax: " + explanation.en());
    }

    /** A complaint no explanation fits: the usual advice, and the parser's own words as a detail. */
    static InputError syntaxUnexplained(SourceLocation where, String detail, boolean json) {
        return syntax(where, json
                ? LocalizedText.of("le texte n'est pas du JSON valide à cet endroit. Vérifiez les virgules (entre les"
                                + " éléments, jamais après le dernier), les guillemets doubles autour des noms et des"
                                + " textes, et que chaque « { » et « [ » est refermé (détail : " + detail + ").",
                        "the text is not valid JSON here. Check the commas (between items, never after the last"
                                + " one), the double quotes around names and texts, and that every \"{\" and \"[\" is"
                                + " closed (detail: " + detail + ").")
                : LocalizedText.of("le texte n'est pas du YAML valide à cet endroit. Vérifiez l'indentation (des"
                                + " espaces, les champs d'un même bloc alignés), les deux-points et les guillemets"
                                + " autour des valeurs qui contiennent « : » ou « # » (détail : " + detail + ").",
                        "the text is not valid YAML here. Check the indentation (spaces, the fields of one block"
                                + " aligned), the colons and the quotes around values that hold \":\" or \"#\""
                                + " (detail: " + detail + ")."), json);
    }

    static InputError trailingContent(SourceLocation where, boolean json) {
        return json
                ? at("", where, "Contenu en trop après l'objet JSON principal : un fichier décrit une seule structure.",
                        "Extra content after the main JSON object: a file describes one structure.")
                : at("", where, "Un seul document YAML est attendu par fichier (« --- » en trop ?) : un fichier décrit"
                        + " une seule structure.",
                        "Only one YAML document is expected per file (an extra \"---\"?): a file describes one structure.");
    }

    // ------------------------------------------------------------ limits and hostile input

    static InputError fileTooLarge(long size, long max) {
        return at("", SourceLocation.START,
                "Le fichier fait " + Sizes.fr(size) + ", au-delà de la limite de " + Sizes.fr(max)
                        + " : un fichier de configuration pèse d'ordinaire quelques kilo-octets. Vérifiez qu'il"
                        + " s'agit du bon fichier, ou relevez la limite avec --max-file-size.",
                "The file is " + Sizes.en(size) + ", over the limit of " + Sizes.en(max)
                        + ": a setup file is usually a few kilobytes. Check it is the right file, or raise the"
                        + " limit with --max-file-size.");
    }

    static InputError binary(String kindFr, String kindEn) {
        return at("", SourceLocation.START,
                "Ce n'est pas un fichier texte (" + kindFr + ") : un fichier de configuration s'écrit en YAML ou"
                        + " en JSON, avec un éditeur de texte.",
                "This is not a text file (" + kindEn + "): a setup file is YAML or JSON, written with a text"
                        + " editor.");
    }

    static InputError utf16() {
        return at("", SourceLocation.START,
                "Le fichier est encodé en UTF-16 : enregistrez-le en UTF-8 (dans le Bloc-notes : « Enregistrer"
                        + " sous », codage « UTF-8 ») puis relancez.",
                "The file is encoded as UTF-16: save it as UTF-8 (in Notepad: \"Save as\", encoding \"UTF-8\")"
                        + " and run again.");
    }

    static InputError latin1(SourceLocation where, int badByte, String excerpt) {
        String b = String.format("0x%02X", badByte);
        return at("", where,
                "Le fichier n'est pas en UTF-8 : il semble enregistré en Latin-1 (ISO-8859-1 ou Windows-1252),"
                        + " les accents y seraient mal lus (octet " + b + " dans « " + excerpt + " »). Enregistrez-le"
                        + " en UTF-8 puis relancez.",
                "The file is not UTF-8: it looks saved as Latin-1 (ISO-8859-1 or Windows-1252), so accents would"
                        + " be misread (byte " + b + " in \"" + excerpt + "\"). Save it as UTF-8 and run again.");
    }

    static InputError notUtf8(SourceLocation where, int badByte) {
        String b = String.format("0x%02X", badByte);
        return at("", where,
                "Le fichier n'est pas en UTF-8 (octet " + b + " invalide ici). Enregistrez-le en UTF-8 (accents"
                        + " compris) puis relancez.",
                "The file is not UTF-8 (invalid byte " + b + " here). Save it as UTF-8 (accents included) and"
                        + " run again.");
    }

    static InputError tooDeep(String path, SourceLocation where, int max) {
        return at(path, where,
                "Trop de niveaux d'imbrication (plus de " + max + ") : une configuration n'en a que quelques-uns."
                        + " Vérifiez les crochets, accolades et l'indentation.",
                "Too many nesting levels (more than " + max + "): a setup only has a few. Check the brackets,"
                        + " braces and indentation.");
    }

    static InputError textTooLong(String path, SourceLocation where, int length, int max) {
        return at(path, where,
                "Texte trop long (" + length + " caractères, au plus " + max + ") : un guillemet mal fermé, ou"
                        + " un contenu collé par erreur ?",
                "Text too long (" + length + " characters, at most " + max + "): a quote left open, or content"
                        + " pasted by mistake?");
    }

    static InputError lineTooLong(SourceLocation where, int length, int max) {
        return at("", where,
                "Ligne trop longue (" + length + " caractères, au plus " + max + ") : un contenu collé par erreur ?"
                        + " Un fichier YAML s'écrit en lignes courtes ; une longue liste se met à raison d'un"
                        + " élément par ligne.",
                "Line too long (" + length + " characters, at most " + max + "): content pasted by mistake? A"
                        + " YAML file is written in short lines; put a long list one item per line.");
    }

    static InputError tooManyEntries(String path, SourceLocation where, int max) {
        return at(path, where,
                "Trop d'éléments (plus de " + max + ") dans « " + (path.isEmpty() ? "le fichier" : path)
                        + " » : le fichier est refusé. Une structure aussi grande se découpe en plusieurs fichiers.",
                "Too many entries (more than " + max + ") in \"" + (path.isEmpty() ? "the file" : path)
                        + "\": the file is refused. A structure that large is split into several files.");
    }

    static InputError tooManyNodes(String path, SourceLocation where, int max) {
        return at(path, where,
                "Le fichier développe plus de " + max + " valeurs (alias YAML « *nom » répétés ?) : il est refusé.",
                "The file expands to more than " + max + " values (repeated YAML aliases \"*name\"?): it is"
                        + " refused.");
    }

    static InputError tooManyAliases(String path, SourceLocation where, int max) {
        return at(path, where,
                "Plus de " + max + " alias YAML (« *nom ») répètent des listes ou des objets : c'est la forme d'une"
                        + " « bombe » d'alias, le fichier est refusé. Écrivez les valeurs en entier.",
                "More than " + max + " YAML aliases (\"*name\") repeat lists or objects: that is the shape of an"
                        + " alias \"bomb\", the file is refused. Write the values out.");
    }

    static InputError unknownAlias(String path, SourceLocation where, String name) {
        return at(path, where,
                "L'alias YAML « *" + name + " » ne renvoie à aucune ancre « &" + name + " » écrite avant lui.",
                "The YAML alias \"*" + name + "\" refers to no anchor \"&" + name + "\" written before it.");
    }

    static InputError tagRefused(String path, SourceLocation where, String tag) {
        return at(path, where,
                "L'étiquette YAML « " + tag + " » n'est pas acceptée : un fichier de configuration ne contient que"
                        + " des données (textes, listes, objets). Retirez-la.",
                "The YAML tag \"" + tag + "\" is not accepted: a setup file holds data only (texts, lists,"
                        + " objects). Remove it.");
    }

    static InputError limitExceeded(SourceLocation where, String detail) {
        return at("", where,
                "Le fichier dépasse une limite de lecture (" + detail + ") : il est refusé.",
                "The file exceeds a reading limit (" + detail + "): it is refused.");
    }

    static InputError internal(String detail) {
        return at("", SourceLocation.START,
                "Ce fichier n'a pas pu être lu à cause d'une erreur interne (" + detail + ") ; les autres fichiers"
                        + " sont audités. Merci de signaler le cas avec le fichier.",
                "This file could not be read because of an internal error (" + detail + "); the other files are"
                        + " audited. Please report it with the file.");
    }

    static InputError notAMapping(SourceLocation where, boolean json) {
        return json
                ? at("", where,
                        "Le fichier doit contenir un objet JSON { \"format\": \"mssante-setup/1\", … }, pas une liste"
                                + " [ … ] ni une valeur seule.",
                        "The file must hold a JSON object { \"format\": \"mssante-setup/1\", … }, not a list [ … ] or"
                                + " a single value.")
                : at("", where,
                        "Le fichier doit être un objet (des champs « nom: valeur »), pas une liste ni une valeur seule.",
                        "The file must be an object (\"name: value\" fields), not a list or a single value.");
    }

    static InputError duplicateKey(String path, SourceLocation where, String key) {
        return at(path, where,
                "Le champ « " + key + " » est écrit deux fois ; gardez-en un seul.",
                "The field \"" + key + "\" is written twice; keep only one.");
    }

    static InputError unknownField(String path, SourceLocation where, String field, Collection<String> known) {
        Optional<String> guess = Suggestions.closest(field, known);
        return at(path, where,
                "Champ inconnu « " + field + " »." + guess.map(g -> " Vouliez-vous dire « " + g + " » ?")
                        .orElse(" Champs possibles ici : " + String.join(", ", known) + "."),
                "Unknown field \"" + field + "\"." + guess.map(g -> " Did you mean \"" + g + "\"?")
                        .orElse(" Fields allowed here: " + String.join(", ", known) + "."));
    }

    static InputError missingField(String path, SourceLocation where, String field) {
        String full = path.isEmpty() ? field : path + "." + field;
        return at(full, where,
                "Champ obligatoire manquant : « " + field + " »" + (path.isEmpty() ? "" : " dans « " + path + " »")
                        + ". Ajoutez-le.",
                "Missing required field \"" + field + "\"" + (path.isEmpty() ? "" : " in \"" + path + "\"")
                        + ". Add it.");
    }

    /** Words people use for a coded value (French names of mailbox types, mostly). */
    private static final Map<String, String> ALIASES = Map.of(
            "NOMINATIVE", "PER", "PERSONNELLE", "PER", "PERSONAL", "PER", "ORGANISATIONNELLE", "ORG",
            "ORGANIZATIONAL", "ORG", "ORGANISATIONAL", "ORG", "APPLICATIVE", "APP", "CABINET", "CAB");

    static InputError badEnum(String path, SourceLocation where, String value, Collection<String> allowed) {
        String alias = ALIASES.get(value.trim().toUpperCase(java.util.Locale.ROOT));
        Optional<String> guess = alias != null && allowed.contains(alias) ? Optional.of(alias)
                : Suggestions.closest(value, allowed);
        String list = String.join(", ", allowed);
        return at(path, where,
                "Valeur « " + value + " » non reconnue pour « " + leaf(path) + " ». Valeurs permises : " + list + "."
                        + guess.map(g -> " Vouliez-vous dire « " + g + " » ?").orElse(""),
                "Value \"" + value + "\" is not allowed for \"" + leaf(path) + "\". Allowed values: " + list + "."
                        + guess.map(g -> " Did you mean \"" + g + "\"?").orElse(""));
    }

    /**
     * @param found   the kind of what is written: {@code string}, {@code number}, {@code boolean}, {@code array}…
     * @param written the value as written when it is a single value (quoted in the message), else null
     */
    static InputError wrongType(String path, SourceLocation where, String expected, String found, String written) {
        String excerpt = written == null ? null : excerpt(written, 40);
        String shownFr = excerpt == null ? "" : " (« " + excerpt + " »)";
        String shownEn = excerpt == null ? "" : " (\"" + excerpt + "\")";
        return at(path, where,
                "« " + leaf(path) + " » doit être " + typeFr(expected) + ", pas " + typeFr(found) + shownFr + "."
                        + typeHintFr(expected),
                "\"" + leaf(path) + "\" must be " + typeEn(expected) + ", not " + typeEn(found) + shownEn + "."
                        + typeHintEn(expected));
    }

    /**
     * A required field written with nothing after it ({@code deployed:}, {@code deployed: null},
     * {@code name: ""}) or only spaces: the key is there, so say its value is empty, where the key is.
     *
     * @param constant the one value the field takes ({@code mssante-setup/1}), else null
     */
    static InputError emptyValue(String path, SourceLocation where, String expected, String constant) {
        String field = leaf(path);
        String parent = Objects.requireNonNullElse(LocatedTree.parentOf(path), "");
        String inFr = parent.isEmpty() ? "" : " dans « " + parent + " »";
        String inEn = parent.isEmpty() ? "" : " in \"" + parent + "\"";
        return at(path, where,
                "« " + field + " » est vide : ce champ est obligatoire" + inFr + " et attend " + typeFr(expected)
                        + "." + (constant != null ? " Écrivez-y « " + constant + " »." : emptyHintFr(expected)),
                "\"" + field + "\" is empty: this field is required" + inEn + " and takes " + typeEn(expected)
                        + "." + (constant != null ? " Write \"" + constant + "\" in it." : emptyHintEn(expected)));
    }

    static InputError badFormatVersion(String path, SourceLocation where, String value) {
        return at(path, where,
                "Format « " + value + " » non pris en charge. Cette version lit « mssante-setup/1 » : écrivez"
                        + " « format: mssante-setup/1 ».",
                "Unsupported format \"" + value + "\". This version reads \"mssante-setup/1\": write"
                        + " \"format: mssante-setup/1\".");
    }

    static InputError badId(String path, SourceLocation where, String value) {
        return at(path, where,
                "Identifiant « " + value + " » invalide : utilisez seulement des lettres (accents permis), des"
                        + " chiffres, « - » et « _ », sans espace ni ponctuation (par exemple « bal-soins »"
                        + " ou « p-élodie »).",
                "Invalid id \"" + value + "\": use only letters (accents allowed), digits, \"-\" and \"_\", with no"
                        + " space or punctuation (for example \"bal-soins\" or \"p-élodie\").");
    }

    /** A value that is not a date: an impossible day is told as such, not as a badly written date. */
    static InputError badDate(String path, SourceLocation where, String value) {
        String[] why = InvalidDates.explain(value);
        return at(path, where, why[0], why[1]);
    }

    static InputError duplicateId(String path, SourceLocation where, String id, String firstPath, int firstLine) {
        return at(path, where,
                "L'identifiant « " + id + " » est déjà utilisé par « " + firstPath + " » (ligne " + firstLine
                        + ") ; chaque identifiant doit être unique dans le fichier.",
                "The id \"" + id + "\" is already used by \"" + firstPath + "\" (line " + firstLine
                        + "); every id must be unique in the file.");
    }

    /** What a reference designates, with the words that agree with it in French. */
    enum Referent {
        PROFESSIONAL("aucun professionnel", "Aucun professionnel n'est déclaré", "professional"),
        CARE_TEAM("aucune équipe (careTeams)", "Aucune équipe (careTeams) n'est déclarée", "care team"),
        MAILBOX("aucune boîte aux lettres", "Aucune boîte aux lettres n'est déclarée", "mailbox");

        private final String noneFr;
        private final String noneDeclaredFr;
        private final String en;

        Referent(String noneFr, String noneDeclaredFr, String en) {
            this.noneFr = noneFr;
            this.noneDeclaredFr = noneDeclaredFr;
            this.en = en;
        }
    }

    static InputError danglingReference(String path, SourceLocation where, String ref, Referent kind,
                                        Collection<String> known) {
        Optional<String> guess = Suggestions.closest(ref, known);
        String choicesFr = known.isEmpty() ? " " + kind.noneDeclaredFr + " dans le fichier."
                : guess.map(g -> " Vouliez-vous dire « " + g + " » ?")
                        .orElse(" Identifiants connus : " + String.join(", ", known) + ".");
        String choicesEn = known.isEmpty() ? " No " + kind.en + " is declared in the file."
                : guess.map(g -> " Did you mean \"" + g + "\"?")
                        .orElse(" Known ids: " + String.join(", ", known) + ".");
        return at(path, where,
                "« " + ref + " » ne désigne " + kind.noneFr + " de ce fichier." + choicesFr,
                "\"" + ref + "\" refers to no " + kind.en + " in this file." + choicesEn);
    }

    static InputError generic(String path, SourceLocation where, String detail) {
        return at(path, where, "Valeur invalide : " + detail + ".", "Invalid value: " + detail + ".");
    }

    /** {@code text} cut to {@code max} characters, an ellipsis marking the cut: a message quotes, it does not copy. */
    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static InputError at(String path, SourceLocation where, String fr, String en) {
        return new InputError(path, where, LocalizedText.of(fr, en));
    }

    private static String leaf(String path) {
        String p = path;
        while (p.endsWith("]")) {
            p = p.substring(0, p.lastIndexOf('['));
        }
        int dot = p.lastIndexOf('.');
        String name = dot < 0 ? p : p.substring(dot + 1);
        return name.isEmpty() ? path : name + path.substring(p.length());
    }

    private static String typeFr(String type) {
        return switch (type) {
            case "string" -> "un texte";
            case "boolean" -> "un booléen (true ou false)";
            case "array" -> "une liste";
            case "object" -> "un objet (des champs « nom: valeur »)";
            case "null" -> "vide";
            case "number", "integer" -> "un nombre";
            default -> type;
        };
    }

    private static String typeEn(String type) {
        return switch (type) {
            case "string" -> "a text";
            case "boolean" -> "a boolean (true or false)";
            case "array" -> "a list";
            case "object" -> "an object (\"name: value\" fields)";
            case "null" -> "empty";
            case "number", "integer" -> "a number";
            default -> type;
        };
    }

    private static String emptyHintFr(String expected) {
        return switch (expected) {
            case "boolean" -> " Écrivez true ou false.";
            case "string" -> " Écrivez-y un texte.";
            default -> "";
        };
    }

    private static String emptyHintEn(String expected) {
        return switch (expected) {
            case "boolean" -> " Write true or false.";
            case "string" -> " Write a text in it.";
            default -> "";
        };
    }

    private static String typeHintFr(String expected) {
        return switch (expected) {
            case "boolean" -> " Écrivez true ou false, sans guillemets.";
            case "array" -> " Écrivez une liste : entre crochets [ ], ou en YAML des lignes commençant par « - ».";
            default -> "";
        };
    }

    private static String typeHintEn(String expected) {
        return switch (expected) {
            case "boolean" -> " Write true or false, without quotes.";
            case "array" -> " Write a list: in brackets [ ], or in YAML lines starting with \"-\".";
            default -> "";
        };
    }
}
