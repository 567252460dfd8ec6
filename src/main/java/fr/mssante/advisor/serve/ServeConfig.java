package fr.mssante.advisor.serve;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.ReadLimits;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code serve} runs: where it listens, which rules it applies, the token its API asks for, and the
 * limits that keep one client from taking the service down.
 *
 * @param bind      the address to listen on (loopback unless told otherwise)
 * @param port      0 picks a free port (tests)
 * @param rulesDir  a rule pack folder, watched and reloaded on change; null for the jar's pack
 * @param trustList the official whitelist, or null
 * @param token     the bearer token every {@code /api} call must carry, or null (loopback only)
 * @param lang      the language of answers that ask for none
 * @param accessLog one line per request (method, path without query, status, time), no body
 */
public record ServeConfig(String bind, int port, Path rulesDir, Path trustList, String token, Lang lang,
                          Limits limits, boolean accessLog) {

    /**
     * @param maxFileBytes      one setup file, as {@code audit --max-file-size} (the body of {@code /audit})
     * @param maxFiles          files in one {@code /audits} upload
     * @param maxUploadBytes    one whole {@code /audits} upload
     * @param maxHeaderBytes    the request line and headers together
     * @param requestTimeout    from the start of an audit to its answer
     * @param idleTimeout       a connection that sends nothing for this long is closed
     * @param minRequestRate    bytes per second below which an upload is cut (a slow client holds a thread)
     * @param workers           audits run at once (default: the cores)
     * @param queue             audits waiting for a worker; beyond it, 503
     * @param maxThreads        Jetty's threads (reading requests, writing answers)
     * @param maxConnections    connections open at once; beyond, new ones wait in the kernel's queue
     * @param maxHeldBytes      request bodies held at once, waiting or being audited; beyond, 503
     * @param stopTimeout       how long a stop waits for requests in progress
     */
    public record Limits(long maxFileBytes, int maxFiles, long maxUploadBytes, int maxHeaderBytes,
                         Duration requestTimeout, Duration idleTimeout, long minRequestRate, int workers, int queue,
                         int maxThreads, int maxConnections, long maxHeldBytes, Duration stopTimeout) {

        public static Limits defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Limits(ReadLimits.DEFAULT_MAX_FILE_BYTES, 100, 32L * 1024 * 1024, 16 * 1024,
                    Duration.ofSeconds(20), Duration.ofSeconds(30), 1024, cores, 64 * cores, 64, 512,
                    96L * 1024 * 1024, Duration.ofSeconds(10));
        }

        public Limits withMaxFileBytes(long bytes) {
            return new Limits(bytes, maxFiles, Math.max(maxUploadBytes, bytes), maxHeaderBytes, requestTimeout,
                    idleTimeout, minRequestRate, workers, queue, maxThreads, maxConnections, maxHeldBytes, stopTimeout);
        }

        public Limits withMaxFiles(int files) {
            return new Limits(maxFileBytes, files, maxUploadBytes, maxHeaderBytes, requestTimeout, idleTimeout,
                    minRequestRate, workers, queue, maxThreads, maxConnections, maxHeldBytes, stopTimeout);
        }

        public Limits withWorkers(int count, int waiting) {
            return new Limits(maxFileBytes, maxFiles, maxUploadBytes, maxHeaderBytes, requestTimeout, idleTimeout,
                    minRequestRate, count, waiting, maxThreads, maxConnections, maxHeldBytes, stopTimeout);
        }

        public Limits withMaxHeldBytes(long bytes) {
            return new Limits(maxFileBytes, maxFiles, maxUploadBytes, maxHeaderBytes, requestTimeout, idleTimeout,
                    minRequestRate, workers, queue, maxThreads, maxConnections, bytes, stopTimeout);
        }

        public Limits withRequestTimeout(Duration timeout) {
            return new Limits(maxFileBytes, maxFiles, maxUploadBytes, maxHeaderBytes, timeout, idleTimeout,
                    minRequestRate, workers, queue, maxThreads, maxConnections, maxHeldBytes, stopTimeout);
        }
    }

    /** Loopback, the jar's pack, no token, French, default limits, access log on. */
    public static ServeConfig local(int port) {
        return new ServeConfig("127.0.0.1", port, null, null, null, Lang.FR, Limits.defaults(), true);
    }

    public ServeConfig withRules(Path dir) {
        return new ServeConfig(bind, port, dir, trustList, token, lang, limits, accessLog);
    }

    public ServeConfig withToken(String bearer) {
        return new ServeConfig(bind, port, rulesDir, trustList, bearer, lang, limits, accessLog);
    }

    public ServeConfig withLimits(Limits newLimits) {
        return new ServeConfig(bind, port, rulesDir, trustList, token, lang, newLimits, accessLog);
    }

    public ServeConfig withAccessLog(boolean on) {
        return new ServeConfig(bind, port, rulesDir, trustList, token, lang, limits, on);
    }
}
