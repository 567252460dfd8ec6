package fr.mssante.advisor.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mssante.advisor.i18n.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input errors of setup files: each names the line (and column), the path in the tree and says in
 * French (and English) what is wrong and how to fix it. Setup texts are written inline; the line
 * numbers asserted are those of the text blocks (first line after the opening quotes is line 1).
 */
class SetupLoaderTest {

    private static final SetupLoader LOADER = new SetupLoader();

    /** Six lines, valid on its own; tests append lists from line 7 on. */
    private static final String HEAD = """
            format: mssante-setup/1
            structure:
              name: "EHPAD Les Tournesols"
              finess: "940033335"
            deployment:
              deployed: true
            """;

    private static LoadedSetup yaml(String text) {
        return LOADER.load("test.yaml", new StringReader(text), false);
    }

    private static LoadedSetup json(String text) {
        return LOADER.load("test.json", new StringReader(text), true);
    }

    /** The single error of an unreadable setup. */
    private static InputError onlyError(LoadedSetup loaded) {
        assertThat(loaded.readable()).as("readable").isFalse();
        assertThat(loaded.setup()).isNull();
        assertThat(loaded.errors()).as("errors: %s", describe(loaded)).hasSize(1);
        return loaded.errors().get(0);
    }

    /** The error reported at {@code path}, failing if there is none. */
    private static InputError errorAt(LoadedSetup loaded, String path) {
        assertThat(loaded.readable()).as("readable").isFalse();
        return loaded.errors().stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + " in: " + describe(loaded)));
    }

    private static String fr(InputError e) {
        return e.message(Lang.FR);
    }

    private static String en(InputError e) {
        return e.message(Lang.EN);
    }

    private static String describe(LoadedSetup loaded) {
        return loaded.errors().stream()
                .map(e -> e.line() + ":" + e.column() + " [" + e.path() + "] " + e.message(Lang.FR))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Nested
    @DisplayName("syntax and shape of the file")
    class Syntax {

        @Test
        @DisplayName("YAML: a key indented too far is a syntax error on its line")
        void yamlBadIndentation() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                       finess: "940033335"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isPositive();
            assertThat(fr(e)).startsWith("Syntaxe YAML invalide").contains("indentation");
            assertThat(en(e)).startsWith("Invalid YAML syntax").contains("indentation");
        }

        @Test
        @DisplayName("YAML: an unclosed quote is a syntax error on the line where the quote opens, not a crash")
        void yamlUnclosedQuote() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).isEqualTo("Syntaxe YAML invalide : le guillemet ouvert ligne 3, colonne 9, n'est jamais"
                    + " refermé : ajoutez le guillemet fermant à la fin de la valeur.");
            assertThat(en(e)).contains("the quote opened on line 3, column 9, is never closed");
        }

        @Test
        @DisplayName("JSON: a trailing comma is a syntax error at the comma, with JSON's advice")
        void jsonSyntaxError() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "EHPAD",},
                     "deployment": {"deployed": true}}
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(31);
            assertThat(fr(e)).isEqualTo("Syntaxe JSON invalide : virgule en trop avant « } » : en JSON, le dernier"
                    + " champ d'un objet n'est pas suivi d'une virgule. Retirez-la.");
            assertThat(en(e)).startsWith("Invalid JSON syntax: one comma too many before \"}\"");
        }

        @Test
        @DisplayName("an empty file says it is empty and how to start, at line 1, column 1")
        void emptyFile() {
            InputError e = onlyError(yaml(""));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
            assertThat(fr(e)).contains("Le fichier est vide").contains("format: mssante-setup/1");
            assertThat(en(e)).contains("The file is empty");
        }

        @Test
        @DisplayName("a file holding only comments counts as empty")
        void onlyComments() {
            InputError e = onlyError(yaml("""
                    # Configuration de l'EHPAD
                    # à compléter
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(fr(e)).contains("Le fichier est vide");
        }

        @Test
        @DisplayName("an empty JSON file is empty too, and is told how a JSON setup starts")
        void emptyJsonFile() {
            InputError e = onlyError(json("  \n"));
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
            assertThat(fr(e)).contains("Le fichier est vide").contains("{ \"format\": \"mssante-setup/1\"")
                    .doesNotContain("format: mssante-setup/1");
            assertThat(en(e)).contains("{ \"format\": \"mssante-setup/1\"");
        }

        @Test
        @DisplayName("a top-level list instead of an object")
        void topLevelList() {
            InputError e = onlyError(yaml("""
                    - format: mssante-setup/1
                    - structure: {}
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(1);
            assertThat(fr(e)).contains("doit être un objet").contains("pas une liste");
            assertThat(en(e)).contains("must be an object");
        }

        @Test
        @DisplayName("a key written twice is reported on its second occurrence")
        void duplicatedKey() {
            LoadedSetup loaded = yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD A"
                      name: "EHPAD B"
                    deployment:
                      deployed: true
                    """);
            InputError e = onlyError(loaded);
            assertThat(e.path()).isEqualTo("structure.name");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(3);
            assertThat(fr(e)).contains("« name »").contains("écrit deux fois");
            assertThat(en(e)).contains("written twice");
        }

        @Test
        @DisplayName("a key written twice in JSON is reported too")
        void duplicatedKeyJson() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "A"},
                     "deployment": {"deployed": true},
                     "deployment": {"deployed": false}}
                    """));
            assertThat(e.path()).isEqualTo("deployment");
            assertThat(e.line()).isEqualTo(4);
        }

        @Test
        @DisplayName("a second YAML document (---) is reported")
        void secondYamlDocument() {
            LoadedSetup loaded = yaml(HEAD + "---\nformat: mssante-setup/1\n");
            InputError e = onlyError(loaded);
            assertThat(e.line()).isEqualTo(8);
            assertThat(fr(e)).contains("seul document");
        }

        @Test
        @DisplayName("the English text of the second-document error is English")
        void secondYamlDocumentInEnglish() {
            InputError e = onlyError(yaml(HEAD + "---\nformat: mssante-setup/1\n"));
            assertThat(en(e)).doesNotContain("un seul document").doesNotContain("«");
        }

        @Test
        @DisplayName("JSON: content after the setup object is an error")
        void jsonTrailingContent() {
            LoadedSetup loaded = json("""
                    {"format": "mssante-setup/1", "structure": {"name": "A"}, "deployment": {"deployed": true}}
                    {"mailboxes": []}
                    """);
            assertThat(loaded.readable()).isFalse();
            assertThat(loaded.errors()).extracting(InputError::line).containsExactly(2);
        }
    }

    @Nested
    @DisplayName("YAML syntax problems told in plain words, where the fix goes")
    class YamlSyntaxExplained {

        @Test
        @DisplayName("a quote closed only on the next line points at the line where it opens")
        void quoteClosedOnTheNextLine() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "X
                      finess: "940033335"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).isEqualTo("Syntaxe YAML invalide : le guillemet ouvert ligne 3, colonne 9, n'est refermé"
                    + " que ligne 4, colonne 11 : la valeur déborde sur les lignes suivantes. Ajoutez le guillemet"
                    + " fermant à la fin de la ligne 3.");
            assertThat(en(e)).contains("the quote opened on line 3, column 9, is only closed on line 4, column 11")
                    .contains("end of line 3");
        }

        @Test
        @DisplayName("an unclosed bracket names the line where it opens, and is reported there")
        void unclosedBracket() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: [X
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).startsWith("Syntaxe YAML invalide : le crochet « [ » ouvert ligne 3, colonne 9, n'est"
                    + " pas refermé (lecture arrêtée ligne 4) : terminez la liste par « ] »")
                    .contains("mettez la valeur entre guillemets").doesNotContain("expected").doesNotContain("but got");
            assertThat(en(e)).contains("the bracket \"[\" opened on line 3, column 9, is not closed");
        }

        @Test
        @DisplayName("an unclosed brace is an « accolade ouverte »")
        void unclosedBrace() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure: {name: "X"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(12);
            assertThat(fr(e)).contains("l'accolade « { » ouverte ligne 2, colonne 12, n'est pas refermée");
        }

        @Test
        @DisplayName("@ at the start of a value: the character is named, with the quoted line as the fix")
        void reservedCharacter() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: @X
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).isEqualTo("Syntaxe YAML invalide : une valeur YAML ne peut pas commencer par « @ »"
                    + " (caractère réservé) : mettez-la entre guillemets, par exemple name: \"@X\".");
            assertThat(en(e)).contains("cannot start with \"@\"").contains("name: \"@X\"").doesNotContain("tab");
        }

        @Test
        @DisplayName("a backquote is named too; a value holding double quotes gets single quotes in the example")
        void reservedCharacterWithQuotes() {
            InputError e = onlyError(yaml(HEAD + "professionals:\n  - id: `p\"1\n"));
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).contains("commencer par « ` »").contains("- id: '`p\"1'");
        }

        @Test
        @DisplayName("a colon inside a value: quote it, with the line as it should be")
        void colonInValue() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: EHPAD: Les Tilleuls
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(14);
            assertThat(fr(e)).contains("mettez la valeur entre guillemets, par exemple name: \"EHPAD: Les Tilleuls\".");
        }

        @Test
        @DisplayName("a field indented deeper than its neighbour reads as the value above: said so, on its line")
        void overIndentedField() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: EHPAD
                       finess: "940033335"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(4);
            assertThat(fr(e)).contains("cette ligne est plus indentée que le champ au-dessus : elle est lue comme la"
                    + " suite de sa valeur");
        }

        @Test
        @DisplayName("a field written without its colon is reported on its own line, by name")
        void missingColon() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: EHPAD
                      finess
                      category: EHPAD
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(3);
            assertThat(fr(e)).contains("« : » manque après « finess » : un champ s'écrit « nom: valeur »");
            assertThat(en(e)).contains("\":\" is missing after \"finess\"");
        }

        @Test
        @DisplayName("an apostrophe inside single quotes: the early closing quote is pointed at, with both fixes")
        void apostropheInSingleQuotes() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: 'EHPAD l'Étang'
                    deployment:
                      deployed: true
                    """));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(17);
            assertThat(fr(e)).contains("doublez l'apostrophe ('l''équipe')").contains("guillemets doubles");
        }

        @Test
        @DisplayName("a list item out of line with the others is an indentation problem, not parser English")
        void misalignedListItem() {
            InputError e = onlyError(yaml(HEAD + """
                    professionals:
                      - id: p-a
                     - id: p-b
                    """));
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.column()).isEqualTo(2);
            assertThat(fr(e)).startsWith("Syntaxe YAML invalide : indentation incohérente")
                    .contains("les « - » d'une même liste, commencent à la même colonne")
                    .doesNotContain("<block").doesNotContain("expected");
        }

        @Test
        @DisplayName("an unknown escape in double quotes (a Windows path) says how to write a backslash")
        void unknownEscape() {
            InputError e = onlyError(yaml(HEAD.replace("\"EHPAD Les Tournesols\"", "\"C:\\dossiers\\qualite\"")));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(13);
            assertThat(fr(e)).contains("« \\d » n'est pas permis entre guillemets doubles").contains("« \\\\ »");
        }

        @Test
        @DisplayName("a !!binary value is a refused tag, at its field, not a base64 message")
        void binaryTag() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: !!binary X
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEqualTo("structure.name");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).isEqualTo("L'étiquette YAML « !!binary » n'est pas acceptée : un fichier de configuration"
                    + " ne contient que des données (textes, listes, objets). Retirez-la.");
            assertThat(en(e)).doesNotContain("base64");
        }

        @Test
        @DisplayName("a complaint with no explanation keeps the parser's words only as a detail, after the advice")
        void unexplainedKeepsTheDetail() {
            InputError e = onlyError(yaml("%YAML 1.1\n%YAML 1.1\n---\n" + HEAD));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(fr(e)).startsWith("Syntaxe YAML invalide : le texte n'est pas du YAML valide à cet endroit."
                    + " Vérifiez l'indentation").contains("(détail : found duplicate YAML directive)");
            assertThat(en(e)).contains("(detail: found duplicate YAML directive)");
        }
    }

    @Nested
    @DisplayName("JSON files get JSON's words and fixes")
    class JsonInput {

        private void assertNoYamlAdvice(InputError e) {
            assertThat(fr(e)).startsWith("Syntaxe JSON invalide").doesNotContain("indentation").doesNotContain("« # »");
            assertThat(en(e)).startsWith("Invalid JSON syntax").doesNotContain("indentation");
        }

        @Test
        @DisplayName("a missing comma is reported where it goes, after the previous value")
        void missingComma() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "EHPAD"}
                     "deployment": {"deployed": true}}
                    """));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(32);
            assertThat(fr(e)).isEqualTo("Syntaxe JSON invalide : une virgule manque ici, entre deux champs de l'objet"
                    + " (le suivant commence ligne 3, colonne 2).");
            assertNoYamlAdvice(e);
        }

        @Test
        @DisplayName("a brace never closed names where it opens")
        void unclosedBrace() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "EHPAD",
                       "finess": "940033335"
                    """));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(15);
            assertThat(fr(e)).contains("l'accolade « { » ouverte ligne 2, colonne 15, n'est jamais refermée")
                    .contains("Ajoutez « } »");
            assertNoYamlAdvice(e);
        }

        @Test
        @DisplayName("a text whose closing quote is missing points at its opening quote")
        void unclosedString() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "EHPAD},
                     "deployment": {"deployed": true}}
                    """));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(24);
            assertThat(fr(e)).isEqualTo("Syntaxe JSON invalide : le guillemet ouvert ligne 2, colonne 24, n'est pas"
                    + " refermé : un texte JSON se termine par « \" » sur sa ligne.");
        }

        @Test
        @DisplayName("single quotes, unquoted words, True and comments are each told their JSON fix")
        void jsonHabits() {
            assertThat(fr(onlyError(json("{'format': 'mssante-setup/1'}"))))
                    .contains("entre guillemets doubles en JSON (\"nom\"), pas entre apostrophes");
            InputError word = onlyError(json("{\"format\": mssante}"));
            assertThat(word.column()).isEqualTo(12);
            assertThat(fr(word)).contains("« mssante » n'est pas une valeur JSON").contains("(\"mssante\")");
            assertThat(fr(onlyError(json("{\"format\": \"mssante-setup/1\", \"x\": True}"))))
                    .contains("écrivez « true » en minuscules");
            InputError comment = onlyError(json("// EHPAD\n{\"format\": \"mssante-setup/1\"}"));
            assertThat(comment.line()).isEqualTo(1);
            assertThat(fr(comment)).contains("JSON n'accepte pas de commentaires");
            assertThat(fr(onlyError(json("{\"format\": \"mssante-setup/1\", \"structure\": {\"finess\": 010000024}}"))))
                    .contains("\"010000024\"");
        }

        @Test
        @DisplayName("a closing bracket that closes an object names where the object opened")
        void mismatchedCloser() {
            InputError e = onlyError(json("{\"format\": \"mssante-setup/1\",\n \"structure\": {\"name\": \"A\"]}"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(27);
            assertThat(fr(e)).contains("« ] » ferme ici l'objet ouvert par « { » ligne 2, colonne 15");
        }

        @Test
        @DisplayName("a list at the root of a JSON file is told in JSON terms")
        void jsonRootList() {
            InputError e = onlyError(json("[{\"format\": \"mssante-setup/1\"}]"));
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
            assertThat(fr(e)).contains("un objet JSON { \"format\": \"mssante-setup/1\", … }, pas une liste [ … ]");
        }
    }

    @Nested
    @DisplayName("unknown fields")
    class UnknownFields {

        @Test
        @DisplayName("a typo in a field name suggests the closest known name, at the typo's line and column")
        void typoSuggestsClosestName() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                        fowarding:
                          - to: "ide@ehpad.mssante.fr"
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].fowarding");
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.column()).isEqualTo(5);
            assertThat(fr(e)).contains("Champ inconnu « fowarding »").contains("Vouliez-vous dire « forwarding » ?");
            assertThat(en(e)).isEqualTo("Unknown field \"fowarding\". Did you mean \"forwarding\"?");
        }

        @Test
        @DisplayName("a misspelt required field is one error (the suggestion), not also a missing field")
        void misspeltRequiredFieldIsOneError() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        adresse: "soins@ehpad.mssante.fr"
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].adresse");
            assertThat(e.line()).isEqualTo(9);
            assertThat(fr(e)).isEqualTo("Champ inconnu « adresse ». Vouliez-vous dire « address » ?");
        }

        @Test
        @DisplayName("a field with no close name lists the fields allowed there")
        void noCloseNameListsAllowedFields() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                        commentaireLibre: "à revoir"
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].commentaireLibre");
            assertThat(e.line()).isEqualTo(10);
            assertThat(fr(e)).contains("Champ inconnu « commentaireLibre »").contains("Champs possibles ici :")
                    .contains("id, address, type").contains("forwarding").contains("distributionList")
                    .doesNotContain("Vouliez-vous dire");
            assertThat(en(e)).contains("Fields allowed here:");
        }

        @Test
        @DisplayName("an unknown field at the top level lists the top-level fields")
        void unknownTopLevelField() {
            InputError e = onlyError(yaml(HEAD + "remarques: \"rien\"\n"));
            assertThat(e.path()).isEqualTo("remarques");
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.column()).isEqualTo(1);
            assertThat(fr(e)).contains("format, structure, deployment, professionals, mailboxes, exchanges,"
                    + " acknowledgements");
        }

        @Test
        @DisplayName("typos deep in the tree suggest names of their own object")
        void nestedTypos() {
            LoadedSetup loaded = yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: false
                      programme:
                        dedline: 2026-06-30
                    """);
            InputError e = onlyError(loaded);
            assertThat(e.path()).isEqualTo("deployment.programme.dedline");
            assertThat(e.line()).isEqualTo(7);
            assertThat(fr(e)).contains("Vouliez-vous dire « deadline » ?");
        }

        @Test
        @DisplayName("letters swapped and changed (dateline for deadline) still find the field")
        void datelineMeansDeadline() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: false
                      programme:
                        dateline: 2026-06-30
                    """));
            assertThat(e.path()).isEqualTo("deployment.programme.dateline");
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.column()).isEqualTo(5);
            assertThat(fr(e)).isEqualTo("Champ inconnu « dateline ». Vouliez-vous dire « deadline » ?");
            assertThat(en(e)).isEqualTo("Unknown field \"dateline\". Did you mean \"deadline\"?");
        }

        @Test
        @DisplayName("the start of a field's name (from for fromMailbox) finds the field")
        void fromMeansFromMailbox() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                    exchanges:
                      - id: ex-pharmacie
                        from: bal-soins
                    """));
            assertThat(e.path()).isEqualTo("exchanges[0].from");
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.column()).isEqualTo(5);
            assertThat(fr(e)).isEqualTo("Champ inconnu « from ». Vouliez-vous dire « fromMailbox » ?");
        }

        @Test
        @DisplayName("French spellings close to a field find it; unrelated words get the list, no guess")
        void closeAndUnrelatedWords() {
            InputError adresse = errorAt(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        adresse: "soins@ehpad.mssante.fr"
                    """), "mailboxes[0].adresse");
            assertThat(fr(adresse)).contains("Champ inconnu « adresse ». Vouliez-vous dire « address » ?");
            LoadedSetup unrelated = yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                        telephone: "01 23 45 67 89"
                    observations: "aucune"
                    """);
            assertThat(fr(errorAt(unrelated, "mailboxes[0].telephone"))).doesNotContain("Vouliez-vous dire")
                    .contains("Champs possibles ici : id, address");
            assertThat(fr(errorAt(unrelated, "observations"))).doesNotContain("Vouliez-vous dire")
                    .contains("Champs possibles ici : format, structure");
        }
    }

    @Nested
    @DisplayName("wrong values")
    class WrongValues {

        @Test
        @DisplayName("a wrong mailbox type lists PER, ORG, APP, CAB")
        void wrongMailboxType() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-x
                        address: "contact@saad.mssante.fr"
                        type: NOMINATIVE
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].type");
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.column()).isEqualTo(11);
            assertThat(fr(e)).contains("Valeur « NOMINATIVE » non reconnue pour « type »")
                    .contains("Valeurs permises : PER, ORG, APP, CAB.");
            assertThat(en(e)).contains("Allowed values: PER, ORG, APP, CAB.");
        }

        @Test
        @DisplayName("a misspelt category suggests EHPAD")
        void misspeltCategory() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                      category: EPHAD
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEqualTo("structure.category");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(13);
            assertThat(fr(e)).contains("« EPHAD »").contains("EHPAD, SSIAD").contains("Vouliez-vous dire « EHPAD » ?");
            assertThat(en(e)).contains("Did you mean \"EHPAD\"?");
        }

        @Test
        @DisplayName("a quoted \"yes\" where a boolean is expected")
        void stringInsteadOfBoolean() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: "yes"
                    """));
            assertThat(e.path()).isEqualTo("deployment.deployed");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.column()).isEqualTo(13);
            assertThat(fr(e)).contains("« deployed » doit être un booléen (true ou false), pas un texte")
                    .contains("sans guillemets");
            assertThat(en(e)).contains("must be a boolean");
        }

        @Test
        @DisplayName("an object where a list is expected")
        void objectInsteadOfList() {
            InputError e = onlyError(yaml(HEAD + "mailboxes: {}\n"));
            assertThat(e.path()).isEqualTo("mailboxes");
            assertThat(e.line()).isEqualTo(7);
            assertThat(fr(e)).contains("« mailboxes » doit être une liste, pas un objet");
        }

        @Test
        @DisplayName("a number where a boolean is expected is called a number, with what was written")
        void numberInsteadOfBoolean() {
            LoadedSetup loaded = yaml(HEAD + """
                    professionals:
                      - id: p-martin
                        establishmentAdmin: 1
                    exchanges:
                      - id: ex-pharmacie
                        healthData: 0
                    """);
            InputError admin = errorAt(loaded, "professionals[0].establishmentAdmin");
            assertThat(admin.line()).isEqualTo(9);
            assertThat(admin.column()).isEqualTo(25);
            assertThat(fr(admin)).isEqualTo("« establishmentAdmin » doit être un booléen (true ou false), pas un nombre"
                    + " (« 1 »). Écrivez true ou false, sans guillemets.");
            assertThat(en(admin)).isEqualTo("\"establishmentAdmin\" must be a boolean (true or false), not a number"
                    + " (\"1\"). Write true or false, without quotes.");
            InputError health = errorAt(loaded, "exchanges[0].healthData");
            assertThat(health.line()).isEqualTo(12);
            assertThat(health.column()).isEqualTo(17);
            assertThat(fr(health)).contains("pas un nombre (« 0 »)");
        }

        @Test
        @DisplayName("a quoted number is a text; a JSON number is a number; a single word where a list goes is a text")
        void whatWasWritten() {
            assertThat(fr(onlyError(yaml(HEAD.replace("deployed: true", "deployed: \"1\"")))))
                    .contains("pas un texte (« 1 »)");
            assertThat(fr(onlyError(json("""
                    {"format": "mssante-setup/1", "structure": {"name": "A"}, "deployment": {"deployed": 1.5}}
                    """)))).contains("« deployed » doit être un booléen (true ou false), pas un nombre (« 1.5 »)");
            InputError clients = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                        clients: DUI
                    """));
            assertThat(clients.path()).isEqualTo("mailboxes[0].clients");
            assertThat(clients.line()).isEqualTo(10);
            assertThat(clients.column()).isEqualTo(14);
            assertThat(fr(clients)).startsWith("« clients » doit être une liste, pas un texte (« DUI »).");
        }

        @Test
        @DisplayName("a date that does not exist (30 February)")
        void impossibleDate() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: false
                      programme:
                        name: "ESMS numérique"
                        deadline: 2025-02-30
                    """));
            assertThat(e.path()).isEqualTo("deployment.programme.deadline");
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.column()).isEqualTo(15);
            // Written the right way: the day itself does not exist.
            assertThat(fr(e)).contains("Date « 2025-02-30 » impossible : ce jour n'existe pas (février 2025 a 28 jours)")
                    .doesNotContain("AAAA-MM-JJ");
            assertThat(en(e)).contains("February 2025 has 28 days");
        }

        @Test
        @DisplayName("a date written the French way (31/01/2027)")
        void frenchDate() {
            InputError e = onlyError(yaml(HEAD + """
                    acknowledgements:
                      - rule: GOV-NO-USAGE-PROTOCOL
                        subject: structure
                        until: 31/01/2027
                    """));
            assertThat(e.path()).isEqualTo("acknowledgements[0].until");
            assertThat(e.line()).isEqualTo(10);
            assertThat(fr(e)).contains("Date « 31/01/2027 » écrite à la française", "« 2027-01-31 »");
        }

        @Test
        @DisplayName("an unsupported format version")
        void unsupportedFormat() {
            InputError e = onlyError(yaml(HEAD.replace("mssante-setup/1", "mssante-setup/2")));
            assertThat(e.path()).isEqualTo("format");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).contains("Format « mssante-setup/2 » non pris en charge")
                    .contains("format: mssante-setup/1");
            assertThat(en(e)).contains("Unsupported format");
        }
    }

    @Nested
    @DisplayName("ids and references")
    class IdsAndReferences {

        @Test
        @DisplayName("a duplicated mailbox id names the first one and its line")
        void duplicatedId() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-a
                        address: "a@ehpad.mssante.fr"
                      - id: bal-a
                        address: "b@ehpad.mssante.fr"
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[1].id");
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).contains("L'identifiant « bal-a » est déjà utilisé par « mailboxes[0] » (ligne 8)");
            assertThat(en(e)).contains("already used by \"mailboxes[0]\" (line 8)");
        }

        @Test
        @DisplayName("an id with a space is refused")
        void badIdCharacters() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: "bal soins"
                        address: "soins@ehpad.mssante.fr"
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].id");
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.column()).isEqualTo(9);
            assertThat(fr(e)).contains("Identifiant « bal soins » invalide").contains("« - » et « _ »")
                    .contains("lettres (accents permis)");
            assertThat(en(e)).contains("letters (accents allowed)");
        }

        @Test
        @DisplayName("ids with accented letters are letters: accepted, and references to them resolve")
        void accentedIds() {
            LoadedSetup loaded = yaml(HEAD + """
                    professionals:
                      - id: p-élodie
                        profession: INFIRMIER
                      - id: p-Noël_2
                        profession: MEDECIN
                    mailboxes:
                      - id: bal-élodie
                        address: "elodie@ehpad.mssante.fr"
                        type: PER
                        owner: p-élodie
                        authorizedUsers: [p-Noël_2]
                    """);
            assertThat(loaded.errors()).as(describe(loaded)).isEmpty();
            assertThat(loaded.setup().mailboxes().get(0).owner()).isEqualTo("p-élodie");
        }

        @Test
        @DisplayName("an id with a dot or an apostrophe is refused, at the id")
        void punctuationInIds() {
            LoadedSetup loaded = yaml(HEAD + """
                    professionals:
                      - id: p.martin
                      - id: "p-n'diae"
                    """);
            InputError dot = errorAt(loaded, "professionals[0].id");
            assertThat(dot.line()).isEqualTo(8);
            assertThat(dot.column()).isEqualTo(9);
            assertThat(fr(dot)).startsWith("Identifiant « p.martin » invalide");
            assertThat(fr(errorAt(loaded, "professionals[1].id"))).startsWith("Identifiant « p-n'diae » invalide");
        }

        @Test
        @DisplayName("a team reference agrees in French: aucune équipe; with no team at all, says none is declared")
        void danglingTeam() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                        type: ORG
                        team: equipe-nuit
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].team");
            assertThat(e.line()).isEqualTo(11);
            assertThat(e.column()).isEqualTo(11);
            assertThat(fr(e)).isEqualTo("« equipe-nuit » ne désigne aucune équipe (careTeams) de ce fichier."
                    + " Aucune équipe (careTeams) n'est déclarée dans le fichier.");
            assertThat(en(e)).isEqualTo("\"equipe-nuit\" refers to no care team in this file."
                    + " No care team is declared in the file.");
        }

        @Test
        @DisplayName("an owner with no professional at all: aucun professionnel n'est déclaré")
        void danglingOwnerWithNoProfessional() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-martin
                        address: "jean.martin@ehpad.mssante.fr"
                        owner: p-martin
                    """));
            assertThat(fr(e)).isEqualTo("« p-martin » ne désigne aucun professionnel de ce fichier."
                    + " Aucun professionnel n'est déclaré dans le fichier.");
        }

        @Test
        @DisplayName("an owner misspelt suggests the professional's id")
        void danglingOwnerSuggestsId() {
            InputError e = onlyError(yaml(HEAD + """
                    professionals:
                      - id: p-martin
                        profession: INFIRMIER
                    mailboxes:
                      - id: bal-martin
                        address: "jean.martin@ehpad.mssante.fr"
                        type: PER
                        owner: p-martn
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].owner");
            assertThat(e.line()).isEqualTo(14);
            assertThat(e.column()).isEqualTo(12);
            assertThat(fr(e)).contains("« p-martn » ne désigne aucun professionnel de ce fichier.")
                    .contains("Vouliez-vous dire « p-martin » ?");
            assertThat(en(e)).contains("Did you mean \"p-martin\"?");
        }

        @Test
        @DisplayName("fromMailbox naming no mailbox lists the known mailbox ids")
        void danglingFromMailbox() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ehpad.mssante.fr"
                    exchanges:
                      - id: ex-pharmacie
                        channel: MSSANTE
                        fromMailbox: bal-accueil
                    """));
            assertThat(e.path()).isEqualTo("exchanges[0].fromMailbox");
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.column()).isEqualTo(18);
            assertThat(fr(e)).isEqualTo("« bal-accueil » ne désigne aucune boîte aux lettres de ce fichier."
                    + " Identifiants connus : bal-soins.");
            assertThat(en(e)).isEqualTo("\"bal-accueil\" refers to no mailbox in this file. Known ids: bal-soins.");
        }

        @Test
        @DisplayName("a professional without id next to a dangling owner gives input errors, not a crash")
        void missingIdAndDanglingReference() {
            String text = HEAD + """
                    professionals:
                      - firstName: "Jean"
                    mailboxes:
                      - id: bal-martin
                        address: "jean.martin@ehpad.mssante.fr"
                        owner: p-martn
                    """;
            assertThatCode(() -> yaml(text)).doesNotThrowAnyException();
            LoadedSetup loaded = yaml(text);
            assertThat(loaded.errors()).extracting(InputError::path)
                    .contains("professionals[0].id", "mailboxes[0].owner");
        }
    }

    @Nested
    @DisplayName("missing required fields")
    class MissingFields {

        @Test
        @DisplayName("format")
        void format() {
            InputError e = onlyError(yaml("""
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEqualTo("format");
            assertThat(e.line()).isEqualTo(1);
            assertThat(fr(e)).isEqualTo("Champ obligatoire manquant : « format ». Ajoutez-le.");
            assertThat(en(e)).isEqualTo("Missing required field \"format\". Add it.");
        }

        @Test
        @DisplayName("structure.name, at the structure's line")
        void structureName() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      finess: "940033335"
                    deployment:
                      deployed: true
                    """));
            assertThat(e.path()).isEqualTo("structure.name");
            assertThat(e.line()).isEqualTo(2);
            assertThat(fr(e)).contains("« name » dans « structure »");
        }

        @Test
        @DisplayName("mailboxes[0].address, at the mailbox's line")
        void mailboxAddress() {
            InputError e = onlyError(yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        type: ORG
                    """));
            assertThat(e.path()).isEqualTo("mailboxes[0].address");
            assertThat(e.line()).isEqualTo(8);
            assertThat(fr(e)).contains("« address » dans « mailboxes[0] »");
        }

        @Test
        @DisplayName("acknowledgements[0].until, at the acknowledgement's line")
        void acknowledgementUntil() {
            InputError e = onlyError(yaml(HEAD + """
                    acknowledgements:
                      - rule: GOV-NO-USAGE-PROTOCOL
                        subject: structure
                        reason: "Protocole en cours de rédaction"
                    """));
            assertThat(e.path()).isEqualTo("acknowledgements[0].until");
            assertThat(e.line()).isEqualTo(8);
            assertThat(fr(e)).contains("« until » dans « acknowledgements[0] »");
        }

        @Test
        @DisplayName("deployed: null is an empty value, at the key's own line and column")
        void nullRequiredValue() {
            InputError e = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed: null
                    """));
            assertThat(e.path()).isEqualTo("deployment.deployed");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.column()).isEqualTo(3);
            assertThat(fr(e)).isEqualTo("« deployed » est vide : ce champ est obligatoire dans « deployment » et attend"
                    + " un booléen (true ou false). Écrivez true ou false.");
            assertThat(en(e)).isEqualTo("\"deployed\" is empty: this field is required in \"deployment\" and takes a"
                    + " boolean (true or false). Write true or false.");
        }

        @Test
        @DisplayName("deployed: with nothing after it, and the same in JSON, are empty values at the key")
        void emptyRequiredValue() {
            InputError yamlError = onlyError(yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                    deployment:
                      deployed:
                    """));
            assertThat(yamlError.line()).isEqualTo(5);
            assertThat(yamlError.column()).isEqualTo(3);
            assertThat(fr(yamlError)).startsWith("« deployed » est vide").doesNotContain("manquant");
            InputError jsonError = onlyError(json("""
                    {"format": "mssante-setup/1", "structure": {"name": "A"},
                     "deployment": {"deployed": null}}
                    """));
            assertThat(jsonError.path()).isEqualTo("deployment.deployed");
            assertThat(jsonError.line()).isEqualTo(2);
            assertThat(jsonError.column()).isEqualTo(17);
            assertThat(fr(jsonError)).startsWith("« deployed » est vide");
        }

        @Test
        @DisplayName("a blank structure name (empty, or only spaces, YAML or JSON) is an input error at the name")
        void blankStructureName() {
            for (String blank : List.of("\"\"", "\"   \"", "''")) {
                InputError e = onlyError(yaml(HEAD.replace("\"EHPAD Les Tournesols\"", blank)));
                assertThat(e.path()).as(blank).isEqualTo("structure.name");
                assertThat(e.line()).as(blank).isEqualTo(3);
                assertThat(e.column()).as(blank).isEqualTo(3);
                assertThat(fr(e)).as(blank).isEqualTo("« name » est vide : ce champ est obligatoire dans « structure »"
                        + " et attend un texte. Écrivez-y un texte.");
                assertThat(en(e)).as(blank).startsWith("\"name\" is empty: this field is required in \"structure\"");
            }
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1", "structure": {"name": " "}, "deployment": {"deployed": true}}
                    """));
            assertThat(e.path()).isEqualTo("structure.name");
            assertThat(e.column()).isEqualTo(45);
            assertThat(fr(e)).startsWith("« name » est vide");
        }

        @Test
        @DisplayName("format: with nothing after it says which value to write")
        void emptyFormat() {
            InputError e = onlyError(yaml(HEAD.replace("format: mssante-setup/1", "format:")));
            assertThat(e.path()).isEqualTo("format");
            assertThat(e.location()).isEqualTo(new SourceLocation(1, 1));
            assertThat(fr(e)).isEqualTo("« format » est vide : ce champ est obligatoire et attend un texte."
                    + " Écrivez-y « mssante-setup/1 ».");
        }

        @Test
        @DisplayName("a blank mailbox address is left to the rule BAL-ADDRESS-INVALID: no input error")
        void blankAddressIsAFindingNotAnInputError() {
            LoadedSetup loaded = yaml(HEAD + """
                    mailboxes:
                      - id: bal-soins
                        address: "  "
                    """);
            assertThat(loaded.errors()).as(describe(loaded)).isEmpty();
            assertThat(loaded.setup().mailboxes().get(0).address()).isEqualTo("  ");
        }
    }

    @Test
    @DisplayName("several errors in one file are all reported, sorted by line")
    void severalErrorsSortedByLine() {
        LoadedSetup loaded = yaml("""
                format: mssante-setup/1
                structure:
                  name: "EHPAD"
                  category: EPHAD
                deployment:
                  deployed: "oui"
                professionals:
                  - id: p-martin
                    profession: INFIRMIER
                mailboxes:
                  - id: bal-soins
                    address: "soins@ehpad.mssante.fr"
                    type: NOMINATIVE
                    responsible: p-martn
                    fowarding: []
                acknowledgements:
                  - rule: GOV-NO-USAGE-PROTOCOL
                    subject: structure
                    until: 31/01/2027
                """);
        assertThat(loaded.readable()).isFalse();
        assertThat(loaded.errors()).extracting(InputError::path).containsExactly(
                "structure.category", "deployment.deployed", "mailboxes[0].type", "mailboxes[0].responsible",
                "mailboxes[0].fowarding", "acknowledgements[0].until");
        assertThat(loaded.errors()).extracting(InputError::line).containsExactly(4, 6, 13, 14, 15, 19);
    }

    @Nested
    @DisplayName("files")
    class FilesOnDisk {

        @TempDir
        Path dir;

        @Test
        @DisplayName("a Latin-1 file is reported as not UTF-8")
        void notUtf8() throws IOException {
            Path file = dir.resolve("ehpad.yaml");
            Files.write(file, (HEAD.replace("EHPAD Les Tournesols", "Résidence Les Tournesols"))
                    .getBytes(StandardCharsets.ISO_8859_1));
            LoadedSetup loaded = LOADER.load(file);
            InputError e = onlyError(loaded);
            assertThat(loaded.source()).isEqualTo(file.toString());
            assertThat(e.path()).isEmpty();
            assertThat(fr(e)).contains("n'est pas en UTF-8").contains("Enregistrez-le en UTF-8");
            assertThat(en(e)).contains("not UTF-8");
        }

        @Test
        @DisplayName("a Latin-1 stream is reported as not UTF-8 as well")
        void notUtf8Stream() throws IOException {
            byte[] latin1 = HEAD.replace("EHPAD Les Tournesols", "Résidence").getBytes(StandardCharsets.ISO_8859_1);
            LoadedSetup loaded = LOADER.load("ehpad.yaml", new ByteArrayInputStream(latin1));
            assertThat(fr(onlyError(loaded))).contains("UTF-8");
        }

        @Test
        @DisplayName("a file that does not exist")
        void missingFile() {
            Path file = dir.resolve("absent.yaml");
            LoadedSetup loaded = LOADER.load(file);
            InputError e = onlyError(loaded);
            assertThat(e.path()).isEmpty();
            assertThat(fr(e)).contains("Fichier introuvable").contains("absent.yaml");
            assertThat(en(e)).contains("File not found");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
        }

        @Test
        @DisplayName("an empty file on disk")
        void emptyFileOnDisk() throws IOException {
            Path file = Files.writeString(dir.resolve("vide.yaml"), "");
            assertThat(fr(onlyError(LOADER.load(file)))).contains("Le fichier est vide");
            assertThat(onlyError(LOADER.load(file)).location()).isEqualTo(new SourceLocation(1, 1));
        }

        @Test
        @DisplayName("a binary file and an unreadable one are reported at line 1, column 1")
        void wholeFileProblemsAtTheStart() throws IOException {
            Path binary = Files.write(dir.resolve("scan.yaml"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
            InputError e = onlyError(LOADER.load(binary));
            assertThat(e.location()).isEqualTo(new SourceLocation(1, 1));
            assertThat(fr(e)).contains("un document PDF");
            InputError io = onlyError(LOADER.unreadable("x.yaml", new IOException("disque débranché")));
            assertThat(io.location()).isEqualTo(new SourceLocation(1, 1));
        }

        @Test
        @DisplayName("a .json file on disk is read as JSON")
        void jsonByExtension() throws IOException {
            Path file = Files.writeString(dir.resolve("ehpad.json"),
                    "{\"format\": \"mssante-setup/1\", \"structure\": {\"name\": \"A\",}}");
            assertThat(fr(onlyError(LOADER.load(file)))).startsWith("Syntaxe JSON invalide");
        }

        @Test
        @DisplayName("a UTF-8 file with accents keeps them")
        void utf8Accents() throws IOException {
            Path file = Files.writeString(dir.resolve("ehpad.yaml"),
                    HEAD.replace("EHPAD Les Tournesols", "Résidence « Les Tournesols »"), StandardCharsets.UTF_8);
            LoadedSetup loaded = LOADER.load(file);
            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.setup().structure().name()).isEqualTo("Résidence « Les Tournesols »");
        }

        @Test
        @DisplayName("a JSON file with a UTF-8 byte order mark loads")
        void jsonWithBom() throws IOException {
            Path file = dir.resolve("ehpad.json");
            Files.write(file, ("\uFEFF{\"format\": \"mssante-setup/1\", \"structure\": {\"name\": \"A\"},"
                    + " \"deployment\": {\"deployed\": true}}").getBytes(StandardCharsets.UTF_8));
            assertThat(LOADER.load(file).errors()).isEmpty();
        }
    }

    @Nested
    @DisplayName("values read as people mean them")
    class Values {

        @Test
        @DisplayName("an unquoted FINESS with a leading zero keeps it")
        void unquotedFinessKeepsLeadingZero() {
            LoadedSetup loaded = yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                      finess: 010000024
                    deployment:
                      deployed: true
                    """);
            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.setup().structure().finess()).isEqualTo("010000024");
        }

        @Test
        @DisplayName("an empty finess counts as absent, with no error")
        void emptyFinessIsAbsent() {
            LoadedSetup loaded = yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "EHPAD"
                      finess:
                    deployment:
                      deployed: true
                    """);
            assertThat(loaded.errors()).isEmpty();
            assertThat(loaded.readable()).isTrue();
            assertThat(loaded.setup().structure().finess()).isNull();
        }

        @Test
        @DisplayName("a JSON setup and the same YAML setup load to equal models")
        void jsonEqualsYaml() {
            LoadedSetup fromYaml = yaml("""
                    format: mssante-setup/1
                    structure:
                      name: "SSIAD Les Tilleuls"
                      finess: "940033335"
                      category: SSIAD
                      careTeams:
                        - id: equipe-soins
                          name: "Équipe de soins"
                      useCases: ["Transmissions au médecin traitant"]
                      usageProtocol: true
                    deployment:
                      deployed: false
                      programme:
                        name: "ESMS numérique"
                        deadline: 2026-06-30
                    professionals:
                      - id: p-martin
                        lastName: "N'DIAE"
                        profession: INFIRMIER
                        rpps: "10001000099"
                        registeredBy: ORDER
                    mailboxes:
                      - id: bal-soins
                        address: "soins@ssiad.mssante.fr"
                        type: ORG
                        team: equipe-soins
                        responsible: p-martin
                        authorizedUsers: [p-martin]
                        clients: [DUI]
                        forwarding:
                          - to: "ide@ssiad.mssante.fr"
                            automatic: false
                    exchanges:
                      - id: ex-pharmacie
                        partnerType: PHARMACY
                        channel: MSSANTE
                        fromMailbox: bal-soins
                    acknowledgements:
                      - rule: GOV-NO-DOCUMENT-INTEGRATION
                        subject: structure
                        until: 2027-01-31
                    """);
            LoadedSetup fromJson = json("""
                    {
                      "format": "mssante-setup/1",
                      "structure": {
                        "name": "SSIAD Les Tilleuls", "finess": "940033335", "category": "SSIAD",
                        "careTeams": [{"id": "equipe-soins", "name": "Équipe de soins"}],
                        "useCases": ["Transmissions au médecin traitant"], "usageProtocol": true
                      },
                      "deployment": {"deployed": false,
                                     "programme": {"name": "ESMS numérique", "deadline": "2026-06-30"}},
                      "professionals": [{"id": "p-martin", "lastName": "N'DIAE", "profession": "INFIRMIER",
                                         "rpps": "10001000099", "registeredBy": "ORDER"}],
                      "mailboxes": [{"id": "bal-soins", "address": "soins@ssiad.mssante.fr", "type": "ORG",
                                     "team": "equipe-soins", "responsible": "p-martin",
                                     "authorizedUsers": ["p-martin"], "clients": ["DUI"],
                                     "forwarding": [{"to": "ide@ssiad.mssante.fr", "automatic": false}]}],
                      "exchanges": [{"id": "ex-pharmacie", "partnerType": "PHARMACY", "channel": "MSSANTE",
                                     "fromMailbox": "bal-soins"}],
                      "acknowledgements": [{"rule": "GOV-NO-DOCUMENT-INTEGRATION", "subject": "structure",
                                            "until": "2027-01-31"}]
                    }
                    """);
            assertThat(fromYaml.errors()).as(describe(fromYaml)).isEmpty();
            assertThat(fromJson.errors()).as(describe(fromJson)).isEmpty();
            assertThat(fromJson.setup()).isEqualTo(fromYaml.setup());
            assertThat(fromJson.setup().mailboxes().get(0).forwarding().get(0).automatic()).isFalse();
            assertThat(fromJson.setup().deployment().programme().deadline()).hasToString("2026-06-30");
        }
    }

    @TestFactory
    @DisplayName("every sample setup loads with no input error")
    Stream<DynamicTest> samplesLoad() throws IOException {
        Path samples = Path.of("samples");
        List<Path> files = List.of();
        if (Files.isDirectory(samples)) {
            try (Stream<Path> list = Files.list(samples)) {
                files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
        }
        assumeTrue(!files.isEmpty(), "no sample setup under " + samples.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LoadedSetup loaded = LOADER.load(file);
            assertThat(loaded.errors()).as("input errors of %s: %s", file, describe(loaded)).isEmpty();
            assertThat(loaded.readable()).isTrue();
        }));
    }
}
