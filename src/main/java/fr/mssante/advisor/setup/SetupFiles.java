package fr.mssante.advisor.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.PathMatcher;
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
        return filesOf(named, List.of());
    }

    /**
     * Like {@link #filesOf(Path)}, leaving out what a folder holds that matches one of {@code excludes}:
     * globs ({@code archive/**}, {@code *.draft.yaml}) on the path relative to the named folder, or on the
     * name alone when the glob has no {@code /}. A file named itself is always kept: the user asked for it.
     */
    public static List<Path> filesOf(Path named, List<String> excludes) {
        return Files.isDirectory(named) ? walk(named, Exclusions.of(excludes)) : List.of(named);
    }

    /** The {@code --exclude} globs, compiled once. */
    private record Exclusions(List<PathMatcher> onPath, List<PathMatcher> onName) {

        static Exclusions of(List<String> globs) {
            List<PathMatcher> onPath = new ArrayList<>();
            List<PathMatcher> onName = new ArrayList<>();
            for (String glob : globs) {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob.replace('\\', '/'));
                (glob.contains("/") ? onPath : onName).add(m);
            }
            return new Exclusions(onPath, onName);
        }

        /** A folder is left out when it, or what it holds, matches ({@code archive}, {@code archive/**}). */
        boolean folder(Path relative) {
            return file(relative) || onPath.stream().anyMatch(m -> m.matches(relative.resolve("x")));
        }

        boolean file(Path relative) {
            Path name = relative.getFileName();
            return onPath.stream().anyMatch(m -> m.matches(relative))
                    || name != null && onName.stream().anyMatch(m -> m.matches(name));
        }
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

    /** {@code files} without {@code other} under any of its names (a baseline report kept beside the setups). */
    public static List<Path> without(List<Path> files, Path other) {
        Path excluded = identity(other);
        return files.stream().filter(f -> !identity(f).equals(excluded)).toList();
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
     * Every setup file below {@code folder}, sorted. Hidden entries ({@code .git/}, {@code .github/}, a
     * {@code .draft.yaml}) are not setup files of the structure: they are skipped, as are the excluded ones.
     * A subfolder or file that cannot be read is kept in the list, so that it is reported as an input error
     * while the rest of the batch is audited.
     */
    private static List<Path> walk(Path folder, Exclusions excluded) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return hidden(dir) || excluded.folder(folder.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (hidden(file) || excluded.file(folder.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
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

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static boolean isSetupFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
