package fr.mssante.advisor.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * <p>The key covers everything the compiled form depends on: the running code (the jar, Drools
 * included, or the class files in development) and every DRL file of the pack, name and content.
 * Anything unexpected while reading (a stale or damaged entry, another Drools) is a miss: the pack is
 * compiled as without a cache. It uses Drools' internal serialization API, hence this one class.
 *
 * <p>A cache entry is deserialized Java objects, that is code: whoever can write the folder could run
 * code in the advisor. So the folder (and each entry) is used only when it belongs to the user and no
 * one else may write to it, a new folder is made private, and deserialization refuses the classes of
 * the libraries a compiled pack never holds (the usual raw material of deserialization exploits).
 * See docs/security.md.
 */
public final class KieBaseCache {

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

    /** The cache entry's name for a pack made of these DRL files. */
    public static String key(Path root, List<Path> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(codeIdentity().getBytes(StandardCharsets.UTF_8));
            for (Path file : drlFiles) {
                sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled pack stored under {@code key}, or empty on any problem. */
    public Optional<KieBases> read(String key) {
        Path file = dir.resolve(key + ".kbase");
        if (!Files.isRegularFile(file) || !ownedByUserAlone(dir) || !ownedByUserAlone(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            KieBase full = deserialize(bytes);
            return Optional.of(new KieBases(full, () -> deserialize(bytes)));
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
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
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes.toByteArray());
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
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(DrlCompiler.baseConfiguration());
            base.addPackages(packages);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's size and date, or the newest class file in development: a rebuild changes it. */
    private static String codeIdentity() throws IOException {
        Path code;
        try {
            code = Path.of(KieBaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        if (Files.isRegularFile(code)) {
            return code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        }
        try (Stream<Path> classes = Files.walk(code)) {
            long newest = classes.filter(p -> p.toString().endsWith(".class"))
                    .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
            return code + ":" + newest;
        }
    }
}
