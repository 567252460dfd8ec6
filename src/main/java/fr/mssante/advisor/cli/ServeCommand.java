package fr.mssante.advisor.cli;

import fr.mssante.advisor.api.AdvisorException;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.serve.AdvisorServer;
import fr.mssante.advisor.serve.ServeConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the advisor as a local web service and page (the service itself is the {@code serve}
 * package). Loopback unless told otherwise; an address others can reach needs a token. Ctrl-C or SIGTERM
 * stops it gracefully (the requests in progress finish) with status 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Lance le service web local : API d'audit et page ; Ctrl-C pour arrêter.",
                "Runs the local web service: audit API and page; Ctrl-C to stop."},
        exitCodeListHeading = "%nStatut de sortie / exit status:%n",
        exitCodeList = {"0:arrêté par Ctrl-C ou SIGTERM / stopped by Ctrl-C or SIGTERM",
                "2:usage incorrect (adresse, port, jeton) / bad usage (address, port, token)",
                "3:paquet de règles inutilisable / rule pack unusable"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port d'écoute (défaut 8080 ; 0 : un port libre) / port (default 8080; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADRESSE", defaultValue = "127.0.0.1",
            description = {"Adresse d'écoute (défaut 127.0.0.1, cette machine seule) ; une autre adresse demande"
                    + " --token-file.", "Address to listen on (default 127.0.0.1); another one needs --token-file."})
    String bind;

    Path rulesDir;

    @Option(names = "--rules", paramLabel = "DIR", description = {"Dossier de règles, rechargé à chaque"
            + " modification / rule folder, reloaded on every change."})
    void rulesDir(Path dir) {
        rulesDir = PackOption.existingFolder(spec, dir);
    }

    @Option(names = "--trust-list", paramLabel = "FILE",
            description = "Liste blanche officielle MSSanté (XML) / official MSSanté whitelist (XML).")
    Path trustList;

    @Option(names = "--token-file", paramLabel = "FILE", description = {"Fichier du jeton que chaque appel de"
            + " l'API doit porter (Authorization: Bearer …)", "File holding the token every API call must carry."})
    Path tokenFile;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "100",
            description = "Fichiers par envoi à /api/v1/audits (défaut 100) / files per upload (default 100).")
    int maxFiles;

    @Option(names = {"-q", "--quiet"}, description = "Sans journal des accès / no access log.")
    boolean quiet;

    @Option(names = "--debug", description = "Détails techniques en cas d'erreur / technical details on errors.")
    boolean debug;

    @Mixin
    LangOption language;

    @Mixin
    ReadLimitOptions limits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Lang lang = language.langOrReport();
        if (lang == null) {
            return ExitStatus.INPUT_ERROR.code();
        }
        if (port < 0 || port > 65535 || maxFiles < 1) {
            UsageErrors.report(port < 0 || port > 65535 ? "--port " + port + " : entre 0 et 65535 / between 0 and 65535."
                    : "--max-files " + maxFiles + " : au moins 1 / at least 1.");
            return ExitStatus.INPUT_ERROR.code();
        }
        String token = null;
        if (tokenFile != null) {
            token = TokenFile.read(tokenFile);
            if (token == null) {
                return ExitStatus.INPUT_ERROR.code();
            }
        }
        if (!loopbackOrTokened(token != null)) {
            return ExitStatus.INPUT_ERROR.code();
        }
        // The service's own lines (ready, reloads, access log) are at INFO; the rest of the tool stays quiet.
        System.setProperty("org.slf4j.simpleLogger.log.fr.mssante.advisor.serve", debug ? "debug" : "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        ServeConfig config = new ServeConfig(bind, port, rulesDir, trustList, token, lang,
                ServeConfig.Limits.defaults().withMaxFileBytes(limits.limits().maxFileBytes()).withMaxFiles(maxFiles),
                !quiet);
        long start = System.nanoTime();
        AdvisorServer server;
        try {
            server = AdvisorServer.start(config);
        } catch (AdvisorException e) {
            Console.ERR.println("Le paquet de règles est inutilisable / the rule pack cannot be used: " + e.getMessage());
            e.problems().forEach(p -> Console.ERR.println("  " + p));
            return ExitStatus.PACK_ERROR.code();
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().equals("JavalinBindException")) {
                UsageErrors.report("impossible d'écouter sur " + bind + ":" + port + " (port déjà pris ?) ; choisissez-en"
                        + " un autre avec --port / cannot listen there (port taken?); choose another with --port.");
                return ExitStatus.INPUT_ERROR.code();
            }
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Console.OUT.println((lang == Lang.FR ? "Service prêt en " + millis + " ms : " + server.url()
                + " (API : " + server.url() + "api/v1, description : " + server.url() + "api/v1/openapi.json)."
                + " Ctrl-C pour arrêter." : "Service ready in " + millis + " ms: " + server.url() + " (API: "
                + server.url() + "api/v1, description: " + server.url() + "api/v1/openapi.json). Ctrl-C to stop."));
        Console.OUT.flush();
        awaitStop(server, lang);
        return ExitStatus.OK.code();
    }

    /** Refuses (status 2) an address others can reach when no token protects the API. */
    private boolean loopbackOrTokened(boolean tokened) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            UsageErrors.report("--bind « " + bind + " » : adresse inconnue / unknown address.");
            return false;
        }
        if (!address.isLoopbackAddress() && !tokened) {
            UsageErrors.report("--bind " + bind + " rend le service joignable depuis d'autres machines : donnez un jeton"
                    + " avec --token-file FICHIER (chaque appel de l'API devra porter « Authorization: Bearer"
                    + " <jeton> »), ou gardez l'adresse par défaut 127.0.0.1 / a non-loopback --bind needs"
                    + " --token-file.");
            return false;
        }
        return true;
    }

    /**
     * Blocks until Ctrl-C (SIGINT) or SIGTERM, then stops gracefully; the command then ends with status 0
     * through the JVM's normal exit (a signal left to the JVM would end it with 128 + its number, and
     * skip what a normal exit does, such as writing the launcher's class-data archive).
     */
    private static void awaitStop(AdvisorServer server, Lang lang) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.countDown());
        }
        stop.await();
        Console.OUT.println(lang == Lang.FR ? "Arrêt : les requêtes en cours se terminent…"
                : "Stopping: requests in progress finish…");
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            Console.ERR.println("Arrêt incomplet / incomplete stop: " + e.getMessage());
        }
        Console.OUT.println(lang == Lang.FR ? "Service arrêté." : "Service stopped.");
        Console.OUT.flush();
    }
}
