package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The identity of a compiled rule pack: what its serialized form depends on. A compiled pack holds
 * bytecode written against our fact classes by one Drools version, so the key covers
 * <ul>
 *   <li>the Drools version (from drools-core's Maven properties, present in the jar and in development);</li>
 *   <li>our code the rules see: the bytes of every class of the packages a DRL file can import or call
 *       ({@link #RULE_VISIBLE_PACKAGES}), which changes whenever "our version" changes in a way that matters;</li>
 *   <li>every file of the pack outside {@code tests/}, by relative path and content (DRL, texts,
 *       reference data, {@code pack.yaml}).</li>
 * </ul>
 * The same key names the pack compiled into the jar at build time and the entries of the disk cache.
 */
public final class PackKey {

    /** Packages of ours that rules import ({@code setup.*}, facts, identifiers) or call (findings, reference). */
    static final List<String> RULE_VISIBLE_PACKAGES = List.of("fr/mssante/advisor/setup", "fr/mssante/advisor/facts",
            "fr/mssante/advisor/engine", "fr/mssante/advisor/identifiers", "fr/mssante/advisor/pack");

    private static volatile String code;

    private PackKey() {
    }

    /** The key of the pack in {@code root}: 32 hex digits. */
    public static String of(Path root) {
        MessageDigest sha = sha256();
        sha.update(codeIdentity().getBytes(StandardCharsets.UTF_8));
        for (Path file : PackFiles.all(root)) {
            sha.update(PackFiles.relative(root, file).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try {
                sha.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    /** "drools X; code HASH", computed once per process. */
    static String codeIdentity() {
        String c = code;
        if (c == null) {
            c = "drools " + droolsVersion() + "; code " + classesHash();
            code = c;
        }
        return c;
    }

    static String droolsVersion() {
        try (InputStream in = PackKey.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The bytes of our rule-visible classes, wherever they are (the jar, or target/classes). */
    private static String classesHash() {
        MessageDigest sha = sha256();
        try {
            Path base = codeRoot();
            for (String pkg : RULE_VISIBLE_PACKAGES) {
                Path dir = base.resolve(pkg);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                List<Path> classes;
                try (Stream<Path> list = Files.list(dir)) {
                    classes = list.filter(p -> p.getFileName().toString().endsWith(".class"))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
                }
                for (Path cls : classes) {
                    sha.update(cls.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(cls));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a key no build can produce, so nothing compiled elsewhere is trusted.
            return "unknown-" + System.nanoTime();
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** The folder or jar our classes come from, as a file system root. */
    private static Path codeRoot() throws URISyntaxException, IOException {
        URI location = PackKey.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            return path;
        }
        return jarFileSystem(URI.create("jar:" + path.toUri())).getPath("/");
    }

    /** The file system of a jar ({@code jar:} URI), opened once per process and shared afterwards. */
    static FileSystem jarFileSystem(URI jar) throws IOException {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
