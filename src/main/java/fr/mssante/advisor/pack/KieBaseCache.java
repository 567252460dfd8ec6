package fr.mssante.advisor.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A disk cache of compiled rule packs for the command line: compiling the DRL is most of a run's
 * time (docs/performance.md), and reloading Drools' serialized packages takes a fraction of it.
 *
 * <p>Entries are named by {@link PackKey} (Drools version, our rule-visible classes, every file of the
 * pack) and carry that key and a checksum of their payload. Anything unexpected while reading (a stale,
 * truncated or damaged entry, another Drools) is a miss: the pack is compiled as without a cache and
 * the entry rewritten. It uses Drools' internal serialization API, hence this one class (the pack
 * compiled into the jar at build time, {@link PrecompiledPack}, uses the same entry format).
 *
 * <p>A cache entry is deserialized Java objects, that is code: whoever can write the folder could run
 * code in the advisor. So the folder (and each entry) is used only when it belongs to the user and no
 * one else may write to it, a new folder is made private, and deserialization refuses the classes of
 * the libraries a compiled pack never holds (the usual raw material of deserialization exploits).
 * See docs/security.md.
 */
public final class KieBaseCache {

    private static final String MAGIC = "mssante-advisor compiled rule pack 1";

    /** {@code MSSANTE_ADVISOR_CACHE}: a folder for the cache, or {@code off}. */
    public static final String ENV = "MSSANTE_ADVISOR_CACHE";
    /** Entries kept: each jar build or pack edit makes a new one (~400 KB), older ones go. */
    static final int KEPT_ENTRIES = 4;

    /** Library classes a compiled pack never contains; generated rule classes have any package, so no allow-list. */
    private static final java.io.ObjectInputFilter FILTER = java.io.ObjectInputFilter.Config.createFilter(
            "maxdepth=1000;!com.fasterxml.**;!org.eclipse.**;!com.github.**;!org.antlr.**;!com.networknt.**;"
                    + "!org.yaml.**;!org.apache.**;!org.slf4j.**;!com.ethlo.**;!picocli.**;!javax.management.**;"
                    + "!java.rmi.**;!javax.naming.**;!javax.script.**;!com.sun.**;!sun.**;!jdk.**;!java.lang.reflect.**");

    private final Path dir;

    public KieBaseCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache}), unless switched off. */
    public static Optional<KieBaseCache> fromEnvironment() {
        String setting = System.getenv(ENV);
        if (setting != null && setting.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (setting != null && !setting.isBlank()) {
            return Optional.of(new KieBaseCache(Path.of(setting)));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new KieBaseCache(base.resolve("mssante-advisor")));
    }

    /** The compiled pack stored under {@code key} (see {@link PackKey}), or empty on any problem. */
    public Optional<KieBases> read(String key) {
        Path file = dir.resolve(key + ".kbase");
        if (!Files.isRegularFile(file) || !ownedByUserAlone(dir) || !ownedByUserAlone(file)) {
            return Optional.empty();
        }
        try {
            return fromEntry(Files.readAllBytes(file), key);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The pack held in an entry's bytes, if the entry is whole and was written for {@code key}: a
     * header line, the key, the SHA-256 of the payload, then Drools' serialized packages. Anything
     * else (truncated, damaged, another key, another Drools) is empty, never a half-trusted pack.
     */
    static Optional<KieBases> fromEntry(byte[] entry, String key) {
        try {
            int[] ends = new int[3];
            int from = 0;
            for (int i = 0; i < 3; i++) {
                int nl = indexOf(entry, (byte) '\n', from);
                if (nl < 0) {
                    return Optional.empty();
                }
                ends[i] = nl;
                from = nl + 1;
            }
            String magic = new String(entry, 0, ends[0], StandardCharsets.US_ASCII);
            String storedKey = new String(entry, ends[0] + 1, ends[1] - ends[0] - 1, StandardCharsets.US_ASCII);
            String storedSum = new String(entry, ends[1] + 1, ends[2] - ends[1] - 1, StandardCharsets.US_ASCII);
            byte[] payload = java.util.Arrays.copyOfRange(entry, ends[2] + 1, entry.length);
            if (!MAGIC.equals(magic) || !key.equals(storedKey) || !storedSum.equals(sha256(payload))) {
                return Optional.empty();
            }
            KieBase full = deserialize(payload);
            return Optional.of(new KieBases(full, () -> deserialize(payload)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** An entry's bytes for {@link #fromEntry}. */
    static byte[] toEntry(String key, KieBase kieBase) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        byte[] bytes = payload.toByteArray();
        ByteArrayOutputStream entry = new ByteArrayOutputStream(bytes.length + 128);
        entry.write((MAGIC + "\n" + key + "\n" + sha256(bytes) + "\n").getBytes(StandardCharsets.US_ASCII));
        entry.write(bytes);
        return entry.toByteArray();
    }

    /** Stores a compiled pack; a cache that cannot be written (read-only home…) is simply not used. */
    public void write(String key, KieBase kieBase) {
        try {
            if (!Files.isDirectory(dir)) {
                createPrivateDirectories(dir);
            }
            if (!ownedByUserAlone(dir)) {
                return;
            }
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, toEntry(key, kieBase));
            Files.move(tmp, dir.resolve(key + ".kbase"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // Not worth failing an audit for: the next run compiles again.
        }
    }

    /** True when the user owns {@code path} and neither group nor others may write to it (POSIX only). */
    static boolean ownedByUserAlone(Path path) {
        try {
            var attributes = Files.readAttributes(path, java.nio.file.attribute.PosixFileAttributes.class);
            var me = path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            var permissions = attributes.permissions();
            return attributes.owner().equals(me)
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return true; // not POSIX (Windows): the user's profile folder is protected by its ACLs
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        try {
            Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /** Keeps the most recently written entries only. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(p -> p.getFileName().toString().endsWith(".kbase"))
                    .sorted(java.util.Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed())
                    .toList();
        }
        for (Path old : entries.subList(Math.min(KEPT_ENTRIES, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    @SuppressWarnings("unchecked")
    private static KieBase deserialize(byte[] bytes) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                KieBaseCache.class.getClassLoader())) {
            in.setObjectInputFilter(FILTER);
            List<KiePackage> packages = (List<KiePackage>) in.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(DrlCompiler.baseConfiguration(
                    ConstraintJitting.safeFor(packages)));
            base.addPackages(packages);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length && i < from + 200; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(PackKey.sha256().digest(bytes));
    }
}
