package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackFilesTest {

    @TempDir
    Path root;

    @Test
    void only_the_tests_folder_is_left_out_and_rule_files_are_a_subset_of_the_keyed_files() throws IOException {
        write("tests/scenario.yaml", "tests/stray.drl", "a/rules.drl", "testsuite-2027/more.drl",
                "a/messages.yaml", "b/messages.yaml", "README.md", "pack.yaml");

        assertThat(names(PackFiles.all(root))).containsExactly("README.md", "a/messages.yaml", "a/rules.drl",
                "b/messages.yaml", "pack.yaml", "testsuite-2027/more.drl");
        // A folder whose name only starts with "tests" is part of the pack: its rules are compiled, not skipped.
        assertThat(names(PackFiles.drl(root))).containsExactly("a/rules.drl", "testsuite-2027/more.drl");
        assertThat(names(PackFiles.named(root, "messages.yaml"))).containsExactly("a/messages.yaml",
                "b/messages.yaml");
        assertThat(PackFiles.all(root)).containsAll(PackFiles.drl(root));
    }

    @Test
    void the_key_changes_with_any_compiled_file_and_not_with_the_scenarios() throws IOException {
        write("a/rules.drl", "testsuite-2027/more.drl", "tests/scenario.yaml");
        String before = PackKey.of(root);

        Files.writeString(root.resolve("tests/scenario.yaml"), "changed");
        assertThat(PackKey.of(root)).isEqualTo(before);

        Files.writeString(root.resolve("testsuite-2027/more.drl"), "changed");
        assertThat(PackKey.of(root)).isNotEqualTo(before);
    }

    private void write(String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent() == null ? root : path.getParent());
            Files.writeString(path, file);
        }
    }

    private List<String> names(List<Path> files) {
        return files.stream().map(p -> PackFiles.relative(root, p)).toList();
    }
}
