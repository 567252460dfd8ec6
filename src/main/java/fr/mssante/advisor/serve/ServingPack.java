package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.AdvisorException;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackWatcher;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one advisor every request shares (one pack, one compiled base), built while the server starts. With {@code --rules DIR} the folder is
 * watched as {@code rules watch} watches it: each save builds a new advisor, which replaces the old one only
 * once it compiled; a pack that does not compile is logged with its problems (file, line, column) and the
 * old one goes on serving until the next save repairs it. Requests in progress finish on the advisor they
 * started with.
 */
final class ServingPack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServingPack.class);

    private final ServeConfig config;
    private final ServiceMetrics metrics;
    private final PackWatcher watcher;
    private final AtomicReference<Advisor> current = new AtomicReference<>();
    private Thread thread;

    /** Watches the folder, if any; {@link #load()} builds the first advisor. */
    ServingPack(ServeConfig config, ServiceMetrics metrics) throws IOException {
        this.config = config;
        this.metrics = metrics;
        // Watching starts before the first build: a save during it is not missed.
        this.watcher = config.rulesDir() == null ? null : new PackWatcher(config.rulesDir());
    }

    /**
     * Builds the first advisor (the server starts listening meanwhile); throws {@link AdvisorException}
     * when the pack or the whitelist is unusable.
     */
    void load() {
        current.set(build());
    }

    /** True once the first advisor is built. */
    boolean ready() {
        return current.get() != null;
    }

    /** The advisor in service; 503 while the first one is still being built. */
    Advisor current() {
        Advisor advisor = current.get();
        if (advisor == null) {
            throw new ProblemException(Problem.UNAVAILABLE, "Le service démarre : ses règles se chargent ;"
                    + " réessayez dans un instant.", "The service is starting: its rules are loading; try again"
                    + " in a moment.");
        }
        return advisor;
    }

    /** Starts the reloads (a daemon thread waiting on the folder); nothing without {@code --rules}. */
    void watch() {
        if (watcher == null) {
            return;
        }
        thread = new Thread(this::reloadOnChange, "rules-reload");
        thread.setDaemon(true);
        thread.start();
    }

    private void reloadOnChange() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                reload(watcher.awaitChange());
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the pack again; true when the new advisor now serves. */
    boolean reload(Set<String> changed) {
        long start = System.nanoTime();
        boolean fr = config.lang() == Lang.FR;
        String after = String.join(", ", changed);
        try {
            current.set(build());
            metrics.packReloaded(true);
            LOG.info(fr ? "Paquet de règles rechargé après modification de {} ({} ms)."
                    : "Rule pack reloaded after a change to {} ({} ms).", after, millis(start));
            return true;
        } catch (AdvisorException e) {
            metrics.packReloaded(false);
            int n = e.problems().size();
            LOG.warn(fr ? "Paquet de règles inutilisable après modification de {} ({}) : l'ancien reste en service"
                    + " jusqu'au prochain enregistrement.{}" : "Rule pack unusable after a change to {} ({}): the"
                    + " previous one goes on serving until the next save.{}",
                    after, fr ? n + (n == 1 ? " problème" : " problèmes") : n + (n == 1 ? " problem" : " problems"),
                    problems(e));
            return false;
        } catch (RuntimeException e) {
            // Whatever an edit breaks, the service goes on with the pack it has.
            metrics.packReloaded(false);
            LOG.warn(fr ? "Échec du rechargement après modification de {} ({}) : l'ancien paquet reste en service."
                    : "Reload failed after a change to {} ({}): the previous pack goes on serving.",
                    after, e.getClass().getSimpleName());
            return false;
        }
    }

    private Advisor build() {
        Advisor.Builder builder = Advisor.builder().maxFileSize(config.limits().maxFileBytes());
        if (config.rulesDir() != null) {
            builder.rules(config.rulesDir());
        }
        if (config.trustList() != null) {
            builder.trustList(config.trustList());
        }
        return builder.build();
    }

    private static String problems(AdvisorException e) {
        StringBuilder out = new StringBuilder();
        e.problems().forEach(p -> out.append(System.lineSeparator()).append("  ").append(p));
        return out.toString();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        if (thread != null) {
            thread.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
    }
}
