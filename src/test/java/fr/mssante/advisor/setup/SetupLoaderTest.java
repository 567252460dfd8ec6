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
            assertThat(fr(e)).startsWith("Syntaxe YAML invalide").contains("guillemets");
        }

        @Test
        @DisplayName("JSON: a trailing comma is a syntax error with its line and column")
        void jsonSyntaxError() {
            InputError e = onlyError(json("""
                    {"format": "mssante-setup/1",
                     "structure": {"name": "EHPAD",},
                     "deployment": {"deployed": true}}
                    """));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(32);
            assertThat(fr(e)).startsWith("Syntaxe JSON invalide");
            assertThat(en(e)).startsWith("Invalid JSON syntax");
        }

        @Test
        @DisplayName("an empty file says it is empty and how to start")
        void emptyFile() {
            InputError e = onlyError(yaml(""));
            assertThat(e.path()).isEmpty();
            assertThat(e.line()).isZero();
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
        @DisplayName("an empty JSON file is empty too")
        void emptyJsonFile() {
            assertThat(fr(onlyError(json("  \n")))).contains("Le fichier est vide");
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
            assertThat(fr(e)).contains("Date « 2025-02-30 » invalide").contains("AAAA-MM-JJ");
            assertThat(en(e)).contains("YYYY-MM-DD");
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
            assertThat(fr(e)).contains("Date « 31/01/2027 » invalide");
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
            assertThat(fr(e)).contains("Identifiant « bal soins » invalide").contains("« - » et « _ »");
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
            assertThat(fr(e)).contains("« p-martn » ne désigne aucun(e) professionnel")
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
            assertThat(fr(e)).contains("« bal-accueil » ne désigne aucun(e) boîte aux lettres")
                    .contains("Identifiants connus : bal-soins");
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
        }

        @Test
        @DisplayName("an empty file on disk")
        void emptyFileOnDisk() throws IOException {
            Path file = Files.writeString(dir.resolve("vide.yaml"), "");
            assertThat(fr(onlyError(LOADER.load(file)))).contains("Le fichier est vide");
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
