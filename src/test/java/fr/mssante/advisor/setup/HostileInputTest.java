package fr.mssante.advisor.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.i18n.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits of {@link ReadLimits} and the files that are not what they claim: each is refused with
 * a sentence that says what is wrong (and where, when a place makes sense), never loaded half-way.
 * The files are in {@code src/test/resources/hostile/}; big ones are generated here.
 */
class HostileInputTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final SetupLoader LOADER = new SetupLoader();

    private static final String HEAD = """
            format: mssante-setup/1
            structure:
              name: "EHPAD Les Tournesols"
              finess: "940033335"
              category: EHPAD
            deployment:
              deployed: true
            """;

    @TempDir
    Path dir;

    private static String errors(LoadedSetup loaded, Lang lang) {
        return loaded.errors().stream().map(e -> e.line() + ":" + e.column() + " [" + e.path() + "] " + e.message(lang))
                .collect(Collectors.joining("\n"));
    }

    /** Words of SnakeYAML's and Jackson's own messages, which must not reach a French sentence. */
    private static final java.util.regex.Pattern PARSER_ENGLISH = java.util.regex.Pattern.compile(
            "(?i)\\b(expected|found|unexpected|while (scanning|parsing)|but got|base64|token)\\b");

    @ParameterizedTest(name = "{0}")
    @DisplayName("each file of the hostile corpus is refused with its own message, at a line and column from 1")
    @CsvSource(delimiter = '|', value = {
            "billion-laughs.yaml     | 9  | 21  | développe plus de 250000 valeurs",
            "wide-alias-bomb.yaml    | 4  | 212 | Plus de 50 alias YAML",
            "recursive-alias.yaml    | 5  | 9   | ne renvoie à aucune ancre « &s »",
            "unknown-alias.yaml      | 10 | 14  | « *nowhere »",
            "java-tag.yaml           | 4  | 9   | L'étiquette YAML « !!javax.script.ScriptEngineManager » n'est pas acceptée",
            "include-tag.yaml        | 4  | 9   | L'étiquette YAML « !include »",
            "include-key.yaml        | 3  | 1   | Champ inconnu « include »",
            "json-ref.json           | 2  | 3   | Champ inconnu « $schema »",
            "merge-key.yaml          | 8  | 1   | Champ inconnu « defaults »",
            "deep-nesting.json       | 1  | 107 | Trop de niveaux d'imbrication (plus de 64)",
            "deep-nesting.yaml       | 3  | 75  | Trop de niveaux d'imbrication (plus de 64)",
            "latin1.yaml             | 1  | 12  | il semble enregistré en Latin-1",
            "windows-1252.yaml       | 3  | 17  | « name: \"EHPAD l’Étang\" »",
            "utf16.yaml              | 1  | 1   | encodé en UTF-16",
            "utf16-no-bom.yaml       | 1  | 1   | encodé en UTF-16",
            "pdf-renamed.yaml        | 1  | 1   | un document PDF",
            "docx-renamed.yaml       | 1  | 1   | document Word",
            "nul-bytes.yaml          | 1  | 1   | des octets nuls",
            "control-chars.yaml      | 3  | 15  | caractère invisible interdit (U+0007)",
            "truncated.yaml          | 4  | 11  | le guillemet ouvert ligne 4, colonne 11, n'est jamais refermé",
            "truncated.json          | 1  | 53  | le fichier s'arrête dans ce texte",
            "tabs.yaml               | 3  | 1   | une tabulation sert ici d'indentation",
            "list-root.yaml          | 1  | 1   | pas une liste ni une valeur seule",
            "scalar-root.yaml        | 1  | 1   | pas une liste ni une valeur seule",
            "two-documents.yaml      | 9  | 1   | Un seul document YAML",
            "comments-only.yaml      | 1  | 1   | Le fichier est vide",
            "empty.yaml              | 1  | 1   | Le fichier est vide",
            "huge-number.yaml        | 7  | 13  | « deployed » doit être un booléen",
            "duplicate-keys.yaml     | 8  | 1   | « structure » est écrit deux fois"})
    void corpusFileIsRefused(String file, int line, int column, String message) {
        LoadedSetup loaded = LOADER.load(HOSTILE.resolve(file));
        assertThat(loaded.readable()).as(file).isFalse();
        assertThat(loaded.errors()).as(errors(loaded, Lang.FR)).first().satisfies(e -> {
            assertThat(e.message(Lang.FR)).contains(message);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.message(Lang.EN)).isNotEqualTo(e.message(Lang.FR)).isNotBlank();
        });
        assertThat(loaded.errors()).allSatisfy(e -> {
            assertThat(e.line()).as("line").isPositive();
            assertThat(e.column()).as("column").isPositive();
            assertThat(e.message(Lang.FR)).as("no parser English in French").doesNotContainPattern(PARSER_ENGLISH);
        });
    }

    /**
     * Broken copies of a sample (a quote, bracket, colon, tab… inserted or a character deleted, at places
     * drawn with a fixed seed): each is refused or read, never with an internal error, always at a line
     * and column from 1, and the parser's English appears at most as the detail of a French sentence.
     */
    @ParameterizedTest(name = "{0}")
    @DisplayName("random slips in a YAML or JSON setup give located French messages")
    @CsvSource({"ehpad-les-charmilles.yaml, false", "ssiad-val-de-sevre.yaml, false", "ehpad-les-charmilles.yaml, true"})
    void randomSlips(String sample, boolean asJson) throws IOException {
        String text = Files.readString(Path.of("samples").resolve(sample));
        if (asJson) {
            text = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(text));
        }
        String[] slips = {"\"", "'", "[", "]", "{", "}", ":", ": ", "- ", "#", "@", "`", "\t", "  ", "\n", "&", "*", "!",
                "|", ">", "%", ",", "\\"};
        java.util.Random random = new java.util.Random(20261129);
        for (int i = 0; i < 300; i++) {
            StringBuilder broken = new StringBuilder(text);
            int at = random.nextInt(broken.length());
            if (random.nextBoolean()) {
                broken.insert(at, slips[random.nextInt(slips.length)]);
            } else {
                broken.deleteCharAt(at);
            }
            LoadedSetup loaded = LOADER.load(asJson ? "x.json" : "x.yaml", new StringReader(broken.toString()), asJson);
            assertThat(loaded.errors()).as("%s, slip %d at %d: %s", sample, i, at, errors(loaded, Lang.FR)).allSatisfy(e -> {
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
                String fr = e.message(Lang.FR);
                assertThat(fr).doesNotContain("erreur interne");
                int detail = fr.indexOf("(détail : ");
                assertThat(detail < 0 ? fr : fr.substring(0, detail)).doesNotContainPattern(PARSER_ENGLISH);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the corpus' readable files read as they are meant")
    @CsvSource({"utf8-bom.yaml", "anchors-valid.yaml", "html-injection.yaml", "negative-values.yaml"})
    void corpusFileIsReadable(String file) {
        LoadedSetup loaded = LOADER.load(HOSTILE.resolve(file));
        assertThat(loaded.errors()).as(errors(loaded, Lang.FR)).isEmpty();
        assertThat(loaded.readable()).isTrue();
    }

    @Test
    @DisplayName("anchors and aliases repeat values, lists and objects as if written out")
    void aliasesAreExpanded() {
        Setup setup = LOADER.load(HOSTILE.resolve("anchors-valid.yaml")).setup();
        assertThat(setup.mailboxes()).hasSize(2).allSatisfy(m -> {
            assertThat(m.operator()).isEqualTo("Opérateur Régional");
            assertThat(m.authorizedUsers()).containsExactly("p-medco");
        });
    }

    @Test
    @DisplayName("a problem inside an aliased copy is located at the alias")
    void errorInAliasIsLocatedAtTheAlias() {
        LoadedSetup loaded = LOADER.load("a.yaml", new StringReader(HEAD + """
                x: &bad {id: "b 1", address: "a@b.mssante.fr", type: ORG}
                mailboxes:
                  - *bad
                """), false);
        assertThat(loaded.readable()).isFalse();
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.path()).startsWith("mailboxes[0]");
            assertThat(e.line()).isEqualTo(10);
        });
    }

    @Test
    @DisplayName("a file over the size limit is refused before it is read, naming both sizes and the option")
    void fileTooLarge() throws IOException {
        Path big = dir.resolve("gros.yaml");
        Files.writeString(big, HEAD + "# " + "x".repeat(11 * 1024 * 1024) + "\n");
        LoadedSetup loaded = LOADER.load(big);
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.message(Lang.FR)).contains("11 Mio", "10 Mio", "--max-file-size");
            assertThat(e.message(Lang.EN)).contains("11 MiB", "10 MiB", "--max-file-size");
        });
        Path small = Files.writeString(dir.resolve("petit.yaml"), HEAD + "# " + "x".repeat(3000) + "\n");
        assertThat(new SetupLoader(ReadLimits.DEFAULTS.withMaxFileBytes(2048)).load(small).errors())
                .singleElement().satisfies(e -> assertThat(e.message(Lang.FR)).contains("au-delà de la limite de 2 Kio"));
        assertThat(new SetupLoader(ReadLimits.DEFAULTS.withMaxFileBytes(4096)).load(small).errors())
                .as("with a higher limit").isEmpty();
    }

    @Test
    @DisplayName("an unreadable subfolder is one input error; the batch's other files are still found")
    void unreadableSubfolder() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every folder");
        Path lot = dir.resolve("lot");
        Path closed = Files.createDirectories(lot.resolve("ferme"));
        Files.writeString(lot.resolve("a.yaml"), HEAD);
        Files.writeString(closed.resolve("b.yaml"), HEAD);
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            assertThat(SetupFiles.expand(java.util.List.of(lot))).containsExactly(lot.resolve("a.yaml"), closed);
            assertThat(LOADER.load(closed).errors()).singleElement()
                    .satisfies(e -> assertThat(e.message(Lang.FR)).contains("Accès refusé"));
        } finally {
            Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @DisplayName("a file named through a symbolic link in a folder is still found")
    void symbolicLinkInFolder() throws IOException {
        Path lot = Files.createDirectories(dir.resolve("liens"));
        Path real = Files.writeString(dir.resolve("vrai.yaml"), HEAD);
        Files.createSymbolicLink(lot.resolve("lien.yaml"), real);
        assertThat(SetupFiles.expand(java.util.List.of(lot))).containsExactly(lot.resolve("lien.yaml"));
    }

    @Test
    @DisplayName("a stream that never ends (a device named as a file) stops at the limit")
    void endlessStream() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        LoadedSetup loaded = new SetupLoader(ReadLimits.DEFAULTS.withMaxFileBytes(1024 * 1024)).load("stdin.yaml", endless);
        assertThat(loaded.errors()).singleElement().satisfies(e -> assertThat(e.message(Lang.EN)).contains("over the limit of 1 MiB"));
    }

    @Test
    @DisplayName("a text longer than the limit, with its place")
    void textTooLong() {
        LoadedSetup loaded = LOADER.load("a.yaml", new StringReader(HEAD.replace("EHPAD Les Tournesols", "x".repeat(10_001))),
                false);
        assertThat(loaded.errors()).first().satisfies(e -> {
            assertThat(e.path()).isEqualTo("structure.name");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message(Lang.FR)).contains("Texte trop long (10001 caractères, au plus 10000)");
        });
    }

    @Test
    @DisplayName("a YAML line of megabytes is refused before parsing (SnakeYAML is quadratic on it); JSON is not bound")
    void overlongYamlLine() throws IOException {
        String line = "x".repeat(4 * 1024 * 1024);
        LoadedSetup yaml = LOADER.load("a.yaml", new ByteArrayInputStream((HEAD + "# " + line + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(yaml.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.message(Lang.FR)).contains("Ligne trop longue (4194306 caractères, au plus 100000)");
        });
        String minified = "{\"format\": \"mssante-setup/1\", \"structure\": {\"name\": \"EHPAD\","
                + " \"category\": \"EHPAD\", \"useCases\": [" + "\"u\", ".repeat(9_999) + "\"u\"]},"
                + " \"deployment\": {\"deployed\": true}}";
        assertThat(minified.length()).isGreaterThan(50_000);
        assertThat(LOADER.load("a.json", new ByteArrayInputStream(minified.getBytes(StandardCharsets.UTF_8))).errors())
                .as("a minified JSON file on one line").isEmpty();
    }

    @Test
    @DisplayName("a list with more entries than the limit, with its place")
    void tooManyEntries() {
        String many = "useCases: [" + "\"u\", ".repeat(10_001) + "\"u\"]\n";
        LoadedSetup loaded = LOADER.load("a.yaml", new StringReader(HEAD + many), false);
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("useCases");
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.message(Lang.FR)).contains("Trop d'éléments (plus de 10000)");
        });
    }

    @Test
    @DisplayName("100,000 nested brackets: refused at the depth limit, no stack overflow")
    void veryDeepJson() {
        String deep = "{\"format\": \"mssante-setup/1\", \"structure\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        LoadedSetup loaded = LOADER.load("a.json", new StringReader(deep), true);
        assertThat(loaded.errors()).singleElement().satisfies(e -> assertThat(e.message(Lang.EN)).contains("Too many nesting levels"));
    }

    @Test
    @DisplayName("a UTF-8 byte order mark is accepted; a Latin-1 file is named as such with line and column")
    void encodings() throws IOException {
        byte[] bom = ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_8);
        assertThat(LOADER.load("bom.yaml", new ByteArrayInputStream(bom)).readable()).isTrue();
        byte[] latin1 = HEAD.replace("Les Tournesols", "Les Épis").getBytes(StandardCharsets.ISO_8859_1);
        LoadedSetup loaded = LOADER.load("latin1.yaml", new ByteArrayInputStream(latin1));
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(20);
            assertThat(e.message(Lang.FR)).contains("Latin-1", "0xC9", "« name: \"EHPAD Les Épis\" »");
            assertThat(e.message(Lang.EN)).contains("Latin-1", "Save it as UTF-8");
        });
    }

    @Test
    @DisplayName("a file that is not Latin-1 either gets the plain not-UTF-8 message")
    void otherInvalidBytes() throws IOException {
        byte[] bytes = (HEAD + "# ").getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        withBad[bytes.length] = (byte) 0x81;
        withBad[bytes.length + 1] = (byte) 0x01;
        LoadedSetup loaded = LOADER.load("x.yaml", new ByteArrayInputStream(withBad));
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.message(Lang.FR)).contains("n'est pas en UTF-8", "0x81").doesNotContain("Latin-1");
            assertThat(e.line()).isEqualTo(8);
        });
    }
}
