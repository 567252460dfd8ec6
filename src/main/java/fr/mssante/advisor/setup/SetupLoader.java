package fr.mssante.advisor.setup;

import fr.mssante.advisor.setup.read.LocatedTreeReader;
import fr.mssante.advisor.setup.read.SchemaValidator;
import fr.mssante.advisor.setup.read.SetupBinder;
import fr.mssante.advisor.setup.read.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
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

    private final ReadLimits limits;
    private final LocatedTreeReader reader;
    private final SchemaValidator validator = new SchemaValidator();

    public SetupLoader() {
        this(ReadLimits.DEFAULTS);
    }

    public SetupLoader(ReadLimits limits) {
        this.limits = limits;
        this.reader = new LocatedTreeReader(limits);
    }

    public LoadedSetup load(Path file) {
        String source = file.toString();
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > limits.maxFileBytes()) {
                return failed(source, SourceText.tooLarge(size, limits.maxFileBytes()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return load(source, SourceText.read(in, limits.maxFileBytes(), size));
            }
        } catch (NoSuchFileException e) {
            return failed(source, InputError.of("", SourceLocation.START,
                    "Fichier introuvable : " + source + ". Vérifiez le chemin.",
                    "File not found: " + source + ". Check the path."));
        } catch (java.nio.file.AccessDeniedException e) {
            return failed(source, InputError.of("", SourceLocation.START,
                    "Accès refusé à " + source + " : vérifiez les droits de lecture.",
                    "Access denied to " + source + ": check the read permissions."));
        } catch (IOException e) {
            return unreadable(source, e);
        }
    }

    /** The report of a setup whose bytes could not be read at all. */
    public LoadedSetup unreadable(String source, IOException e) {
        return failed(source, InputError.of("", SourceLocation.START,
                "Impossible de lire " + source + " : " + e.getMessage() + ".",
                "Cannot read " + source + ": " + e.getMessage() + "."));
    }

    public LoadedSetup load(String source, InputStream in) throws IOException {
        return load(source, in, isJson(source));
    }

    /** As {@link #load(String, InputStream)}, JSON or YAML as told rather than by the name's ending. */
    public LoadedSetup load(String source, InputStream in, boolean json) throws IOException {
        return load(source, SourceText.read(in, limits.maxFileBytes(), 0), json);
    }

    private LoadedSetup load(String source, SourceText.Decoded decoded) {
        return load(source, decoded, isJson(source));
    }

    private LoadedSetup load(String source, SourceText.Decoded decoded, boolean json) {
        if (decoded.error() != null) {
            return failed(source, decoded.error());
        }
        InputError longLine = json ? null : SourceText.overlongLine(decoded.text(), limits.maxYamlLineChars());
        if (longLine != null) {
            return failed(source, longLine);
        }
        return load(source, new StringReader(decoded.text()), json);
    }

    /**
     * Reads one setup. Whatever goes wrong stays with this file (an unexpected failure of a parser or
     * validator becomes its input error), so the other files of a batch are still audited.
     */
    public LoadedSetup load(String source, Reader in, boolean json) {
        try {
            LocatedTreeReader.Result read = reader.read(in, json);
            if (read.tree() == null) {
                return new LoadedSetup(source, null, null, read.errors());
            }
            return check(source, read.tree(), read.errors());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(source, SourceText.internalError(e));
        }
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
