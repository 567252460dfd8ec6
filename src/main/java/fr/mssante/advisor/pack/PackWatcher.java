package fr.mssante.advisor.pack;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rule pack's folder and every folder under it (those created later too), and the setup files
 * (or folders of setup files) the watch audits, and tells when one of them changed. Editors save in several
 * writes (temporary file, rename, metadata), so a change is reported only once the folder has been quiet for
 * {@link #QUIET_MS}: one build per save, not one per write. Shared by {@code rules watch} and
 * {@code serve --rules}, which both rebuild the pack on each save.
 */
public final class PackWatcher implements AutoCloseable {

    /** How long the folder must stay quiet after a write before the change is reported. */
    public static final long QUIET_MS = 200;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The setup files watched, by absolute path, with the name the user gave. */
    private final Map<Path, String> setupFiles = new HashMap<>();
    /** The folders of setup files watched (every setup file under them counts), likewise. */
    private final Map<Path, String> setupFolders = new HashMap<>();

    public PackWatcher(Path root) throws IOException {
        this(root, List.of());
    }

    /** @param setups setup files or folders audited by each build: saving one rebuilds too */
    public PackWatcher(Path root, List<Path> setups) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        for (Path setup : setups) {
            Path absolute = setup.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                setupFolders.put(absolute, setup.toString());
                registerTree(absolute);
            } else if (absolute.getParent() != null) {
                setupFiles.put(absolute, setup.toString());
                folders.put(absolute.getParent().register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE),
                        absolute.getParent());
            }
        }
    }

    /**
     * Blocks until a file of the pack changed and the folder then stayed quiet; returns the changed paths,
     * relative to the pack's folder (sorted). Editors' swap and backup files do not count.
     */
    public Set<String> awaitChange() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            drain(service.take(), changed);
        }
        WatchKey next;
        while ((next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
            drain(next, changed);
        }
        return changed;
    }

    /** Reads one folder's events into {@code changed}, and starts watching the folders created in it. */
    private void drain(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(".");   // events were lost: rebuild anyway
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String setup = setupName(path);
            if (setup != null) {
                changed.add(setup);
                continue;
            }
            if (!path.startsWith(root)) {
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && inSetupFolder(path)) {
                    registerTree(path);
                }
                continue;   // another file beside a watched setup file
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
                changed.add(relative(path) + "/");
            } else if (isPackFile(path) || (event.kind() == ENTRY_DELETE && folders.containsValue(path))) {
                changed.add(relative(path));
            }
        }
        if (!key.reset()) {
            folders.remove(key);   // its folder was deleted
        }
    }

    /** The name of the setup file at {@code path} as the user gave it, or null when it is not one watched. */
    private String setupName(Path path) {
        String named = setupFiles.get(path);
        if (named != null) {
            return named;
        }
        if (inSetupFolder(path) && isPackFile(path) && !Files.isDirectory(path)) {
            for (Map.Entry<Path, String> folder : setupFolders.entrySet()) {
                if (path.startsWith(folder.getKey())) {
                    return Path.of(folder.getValue()).resolve(folder.getKey().relativize(path)).toString();
                }
            }
        }
        return null;
    }

    private boolean inSetupFolder(Path path) {
        return setupFolders.keySet().stream().anyMatch(path::startsWith);
    }

    /** What the pack reads: DRL, YAML (texts, reference, scenarios) and JSON; not ~, .swp or hidden files. */
    public static boolean isPackFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml")
                || name.endsWith(".json"));
    }

    /**
     * Watches {@code folder} and every folder under it. A folder created then filled before it is watched
     * would hide its files: they are counted as changed by the next build anyway, which reads the whole tree.
     */
    private void registerTree(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path f : tree.filter(Files::isDirectory).toList()) {
                folders.put(f.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), f);
            }
        } catch (IOException | RuntimeException e) {
            // A folder deleted while being walked: nothing left to watch there.
        }
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
