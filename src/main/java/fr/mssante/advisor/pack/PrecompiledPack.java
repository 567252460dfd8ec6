package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The default pack compiled at build time and carried in the jar ready to load
 * ({@value #RESOURCE}): the build runs {@link #main} after compiling the classes (see pom.xml), so a
 * fresh install starts without compiling any DRL. At run time the entry is used only if its key is the
 * key of the pack and code actually running ({@link PackKey}) and its checksum holds; otherwise the
 * pack is compiled as usual.
 */
public final class PrecompiledPack {

    static final String RESOURCE = "/mssante-rules.kbase";

    private PrecompiledPack() {
    }

    /** The jar's compiled form of the pack whose key is {@code key}, if it has that very one. */
    static Optional<KieBases> read(String key) {
        try (InputStream in = PrecompiledPack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return KieBaseCache.fromEntry(in.readAllBytes(), key);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Build step: {@code PrecompiledPack PACK_DIR OUTPUT_FILE} compiles the pack and writes its entry.
     * A pack that does not compile writes nothing (the tool then compiles at run time and reports
     * the problems to the analyst, as {@code rules check} does), so the build does not fail on it.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.deleteIfExists(output);
        RulePack pack;
        try {
            pack = new RulePackLoader().load(root);
        } catch (RulePackException e) {
            System.err.println("[mssante-advisor] rule pack not precompiled (it does not compile): " + e.getMessage());
            return;
        }
        String key = PackKey.of(root);
        byte[] entry = KieBaseCache.toEntry(key, pack.kieBase());
        if (KieBaseCache.fromEntry(entry, key).isEmpty()) {
            throw new IllegalStateException("the precompiled pack does not read back");
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, entry);
    }
}
