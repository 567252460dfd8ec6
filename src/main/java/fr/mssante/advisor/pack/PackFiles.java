package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files make up a rule pack: every regular file under its folder except the scenario tests kept in
 * {@code tests/}. One definition for the compiler, the texts and the pack's key, so that whatever is
 * compiled or read is also what the key (and so the cache) covers.
 */
final class PackFiles {

    private PackFiles() {
    }

    /** Every file of the pack outside {@code tests/}, sorted by relative path (stable across systems). */
    static List<Path> all(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !relative(root, p).startsWith("tests/"))
                    .sorted(Comparator.comparing(p -> relative(root, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack's rule files ({@code *.drl}). */
    static List<Path> drl(Path root) {
        return all(root).stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
    }

    /** The pack's files with this exact name, in any subfolder (e.g. every {@code messages.yaml}). */
    static List<Path> named(Path root, String name) {
        return all(root).stream().filter(p -> p.getFileName().toString().equals(name)).toList();
    }

    /** The path of {@code file} under {@code root}, with forward slashes. */
    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
