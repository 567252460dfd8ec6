package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry is deserialized code: it is read only from a folder that belongs to the user alone,
 * and a folder the advisor creates is private. (The deserialization filter must still let a real
 * compiled pack through: the first test reads one back.)
 */
class CacheTrustTest {

    @TempDir
    Path tmp;

    @Test
    void aPrivateCacheIsCreatedAndReadBack() throws IOException {
        Path dir = tmp.resolve("cache");
        KieBaseCache cache = new KieBaseCache(dir);
        String key = PackKey.of(TestPacks.RULES);
        cache.write(key, TestPacks.pack().kieBase());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(cache.read(key)).as("a hit through the deserialization filter").isPresent();
    }

    @Test
    void aFolderOthersCanWriteIsNeitherReadNorWritten() throws IOException {
        Path dir = tmp.resolve("shared");
        KieBaseCache cache = new KieBaseCache(dir);
        String key = PackKey.of(TestPacks.RULES);
        cache.write(key, TestPacks.pack().kieBase());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(cache.read(key)).as("entry in a world-writable folder").isEmpty();

        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxrwxr-x"));
        new KieBaseCache(other).write(key, TestPacks.pack().kieBase());
        try (Stream<Path> files = Files.list(other)) {
            assertThat(files).as("nothing written to a group-writable folder").isEmpty();
        }
    }
}
