package fr.mssante.advisor.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expands the paths a user names into setup files: a folder means every YAML or JSON file in it. */
public final class SetupFiles {

    private SetupFiles() {
    }

    /**
     * Files as named, folders expanded recursively (sorted); a missing path is kept so it is reported.
     * A file reached twice (named twice, or named and inside a named folder) is kept once, where it was
     * first met: it is one structure, and the portfolio rules must not count it twice.
     */
    public static List<Path> expand(List<Path> named) {
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            out.addAll(filesOf(p));
        }
        return distinct(out);
    }

    /** What one named path stands for: a folder's setup files (recursively, sorted), else the path itself. */
    public static List<Path> filesOf(Path named) {
        return Files.isDirectory(named) ? walk(named) : List.of(named);
    }

    /** {@code files} without the ones met before under another path (or the same), in their order. */
    public static List<Path> distinct(List<Path> files) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            if (seen.add(identity(file))) {
                out.add(file);
            }
        }
        return out;
    }

    /** The file itself, whatever the path that names it ({@code ./a.yaml}, {@code dir/../a.yaml}, a link). */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * True when the user named one file, not a folder: its report then stands alone (see the JSON
     * contract). {@code files} is the expansion of {@code named}.
     */
    public static boolean isSingleFile(List<Path> named, List<Path> files) {
        return named.size() == 1 && files.size() == 1 && files.get(0).equals(named.get(0));
    }

    /**
     * Every setup file below {@code folder}, sorted. A subfolder or file that cannot be read is kept
     * in the list, so that it is reported as an input error while the rest of the batch is audited.
     */
    private static List<Path> walk(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean regular = attributes.isRegularFile()
                            || attributes.isSymbolicLink() && Files.isRegularFile(file);
                    if (regular && isSetupFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    static boolean isSetupFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
