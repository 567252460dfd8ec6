package fr.mssante.advisor.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Expands the paths a user names into setup files: a folder means every YAML or JSON file in it. */
public final class SetupFiles {

    private SetupFiles() {
    }

    /** Files as named, folders expanded recursively (sorted); a missing path is kept so it is reported. */
    public static List<Path> expand(List<Path> named) {
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                out.add(p);
            }
        }
        return out;
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
