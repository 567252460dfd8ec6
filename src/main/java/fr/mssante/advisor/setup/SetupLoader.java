package fr.mssante.advisor.setup;

import fr.mssante.advisor.setup.read.LocatedTreeReader;
import fr.mssante.advisor.setup.read.SchemaValidator;
import fr.mssante.advisor.setup.read.SetupBinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a setup file (YAML, or JSON when the name ends in {@code .json}) in three steps: parse with
 * positions, check against the schema, bind to the typed model with its cross-checks. All problems
 * of a file are reported together, sorted by line, at most one per place in the tree.
 * Thread-safe: one loader serves many files.
 */
public final class SetupLoader {

    private final LocatedTreeReader reader = new LocatedTreeReader();
    private final SchemaValidator validator = new SchemaValidator();

    public LoadedSetup load(Path file) {
        String source = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return load(source, new StringReader(decode(bytes)), isJson(source));
        } catch (NoSuchFileException e) {
            return failed(source, InputError.of("", SourceLocation.UNKNOWN,
                    "Fichier introuvable : " + source + ". Vérifiez le chemin.",
                    "File not found: " + source + ". Check the path."));
        } catch (CharacterCodingException e) {
            return failed(source, notUtf8());
        } catch (IOException e) {
            return unreadable(source, e);
        }
    }

    /** The report of a setup whose bytes could not be read at all. */
    public LoadedSetup unreadable(String source, IOException e) {
        return failed(source, InputError.of("", SourceLocation.UNKNOWN,
                "Impossible de lire " + source + " : " + e.getMessage() + ".",
                "Cannot read " + source + ": " + e.getMessage() + "."));
    }

    public LoadedSetup load(String source, InputStream in) throws IOException {
        try {
            return load(source, new StringReader(decode(in.readAllBytes())), isJson(source));
        } catch (CharacterCodingException e) {
            return failed(source, notUtf8());
        }
    }

    /** Strict UTF-8 (a Latin-1 file must not load with garbled names), without a byte order mark. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputError notUtf8() {
        return InputError.of("", SourceLocation.UNKNOWN,
                "Le fichier n'est pas en UTF-8. Enregistrez-le en UTF-8 (accents compris) puis relancez.",
                "The file is not UTF-8. Save it as UTF-8 (accents included) and run again.");
    }

    public LoadedSetup load(String source, Reader in, boolean json) {
        LocatedTreeReader.Result read = reader.read(in, json);
        if (read.tree() == null) {
            return new LoadedSetup(source, null, null, read.errors());
        }
        return check(source, read.tree(), read.errors());
    }

    /** Checks and binds an already parsed tree (a setup written inline in a scenario file, say). */
    public LoadedSetup check(String source, LocatedTree tree, List<InputError> readErrors) {
        List<InputError> errors = new ArrayList<>(readErrors);
        errors.addAll(validator.validate(tree));
        SetupBinder.Result bound = SetupBinder.bind(tree);
        errors.addAll(bound.errors());
        List<InputError> distinct = distinctByPath(errors);
        return new LoadedSetup(source, distinct.isEmpty() ? bound.setup() : null, tree, distinct);
    }

    static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static LoadedSetup failed(String source, InputError error) {
        return new LoadedSetup(source, null, null, List.of(error));
    }

    /** One message per place: the schema and the binder may both see the same bad value. */
    private static List<InputError> distinctByPath(List<InputError> errors) {
        Set<String> seen = new HashSet<>();
        List<InputError> out = new ArrayList<>();
        for (InputError e : errors) {
            if (seen.add(e.path())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
        return out;
    }
}
