package fr.mssante.advisor.serve;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The service: Javalin on Jetty 12, bound as {@link ServeConfig} says, with the routes of {@link Routes},
 * the filters of {@link Filters} and the one error mapping of {@link Problems}. Its pack loads while Jetty
 * starts: until it has, {@code /healthz} and the API answer 503; {@link #start} returns once it has. {@link #close()} stops it
 * gracefully: no new connection, the requests in progress finish (up to the stop timeout), then the
 * audit workers and the pack watcher stop.
 */
public final class AdvisorServer implements AutoCloseable {

    private final Javalin app;
    private final ServingPack pack;
    private final AuditWorkers workers;
    private final ServeConfig config;
    private final List<Routes.Route> routes;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AdvisorServer(Javalin app, ServingPack pack, AuditWorkers workers, ServeConfig config,
                          List<Routes.Route> routes) {
        this.app = app;
        this.pack = pack;
        this.workers = workers;
        this.config = config;
        this.routes = routes;
    }

    /**
     * Loads the pack and starts listening. Throws {@code AdvisorException} when the pack or the whitelist
     * is unusable, {@code io.javalin.util.JavalinBindException} when the address is taken.
     */
    public static AdvisorServer start(ServeConfig config) throws IOException {
        ServeConfig.Limits limits = config.limits();
        ServiceMetrics metrics = new ServiceMetrics();
        ServingPack pack = new ServingPack(config, metrics);
        // The rules load on one core while Jetty starts on the other; the server answers 503 until they have.
        CompletableFuture<Void> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                pack.load();
                loading.complete(null);
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, "rules-load");
        loader.setDaemon(true);
        loader.start();
        AuditWorkers workers = new AuditWorkers(limits.workers(), limits.queue(), limits.requestTimeout());
        metrics.gauges(workers::waiting, workers::running);
        Service service = new Service(pack, workers, new BodyBudget(limits.maxHeldBytes()), metrics, config);
        List<Routes.Route> routes = Routes.all(service);
        Problems problems = new Problems(config.lang());
        Filters filters = new Filters(config.token(), metrics, config.accessLog());
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            // Loopback or a local network: compressing the answers costs more CPU than it saves, and a
            // compressed answer mixing a client's text with personal data is what BREACH-style attacks need.
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            // Bounded threads and connections: beyond the limit, connections wait in the kernel's accept queue
            // (then are refused); audits beyond their queue get a 503 (AuditWorkers). Nothing piles up.
            cfg.jetty.threadPool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()), 60_000);
            cfg.jetty.modifyServer(server -> {
                server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
                server.setStopTimeout(limits.stopTimeout().toMillis());
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JettyErrors(config.lang()));
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(limits.maxHeaderBytes());
                http.setIdleTimeout(limits.idleTimeout().toMillis());
                http.setMinRequestDataRate(limits.minRequestRate());
                http.setSendServerVersion(false);
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.bind());
                connector.setPort(config.port());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                connector.setAcceptQueueSize(128);
                return connector;
            });
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = Routes.WEB;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.staticFiles.enableWebjars();   // the page's front-end libraries, from their Maven WebJars
            cfg.requestLogger.http(filters::answered);
            filters.register(cfg.routes);
            Routes.register(cfg.routes, routes);
            cfg.routes.exception(HttpResponseException.class, problems::answer);
            cfg.routes.exception(Exception.class, problems::answer);
        });
        try {
            app.start();
            loading.join();
        } catch (RuntimeException e) {
            app.stop();
            workers.close();
            pack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        pack.watch();
        return new AdvisorServer(app, pack, workers, config, routes);
    }

    /** The port listened on (the one chosen when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The address to reach the service at, for people. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port() + "/";
    }

    List<Routes.Route> routes() {
        return routes;
    }

    /** Stops gracefully (see the class); a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed.getAndSet(true)) {
            return;
        }
        app.stop();
        try {
            workers.stop(config.limits().stopTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pack.close();
    }
}
