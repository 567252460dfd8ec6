package fr.mssante.advisor.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What surrounds every route: the security headers on every answer, the bearer token on every {@code /api}
 * call when the service has one, no caching of API answers (they hold personal data), and, once answered,
 * the metrics and one access-log line (method, path without its query, status, time: never a body, a query
 * string, a header or the client's address).
 */
final class Filters {

    /**
     * No inline script anywhere (the page's scripts are files of the same origin), no framing, no referrer,
     * no sniffing of types.
     */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();

    /** An HTML report: its own inline style, nothing else (it has no script and fetches nothing). */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Logger ACCESS = LoggerFactory.getLogger("fr.mssante.advisor.serve.access");

    private final byte[] tokenDigest;
    private final ServiceMetrics metrics;
    private final boolean accessLog;

    Filters(String token, ServiceMetrics metrics, boolean accessLog) {
        this.tokenDigest = token == null ? null : digest("Bearer " + token);
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Map.copyOf(h);
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        // Once the route is known, so that a refused call is counted under its route.
        routes.beforeMatched("/api/*", this::api);
    }

    private void api(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (tokenDigest != null && !authorized(ctx.header("Authorization"))) {
            throw new ProblemException(Problem.UNAUTHORIZED,
                    "Cette API demande l'en-tête « Authorization: Bearer <jeton> » avec le jeton du fichier"
                            + " --token-file du service.",
                    "This API needs the header « Authorization: Bearer <token> » with the token of the service's"
                            + " --token-file.");
        }
    }

    /** Compares digests in constant time: neither the content nor the length of the token leaks. */
    private boolean authorized(String header) {
        return header != null && MessageDigest.isEqual(tokenDigest, digest(header.strip()));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The template of the route that answered; {@code static} for the page's files, else {@code unmatched}. */
    static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null && !matched.path.isEmpty()) {
            return matched.path;
        }
        return ctx.statusCode() < 400 ? "static" : "unmatched";
    }

    /** Once answered: the request's metrics and its access-log line. */
    void answered(Context ctx, Float millis) {
        int status = ctx.statusCode();
        String route = route(ctx);
        metrics.request(ctx.method().name(), route, status, millis);
        if (accessLog) {
            String path = ctx.path();   // as sent, percent-encoded: one line, whatever it holds
            ACCESS.info("{} {} {} {} ms", ctx.method().name(), path.length() > 200 ? path.substring(0, 200) + "…" : path,
                    status, Math.round(millis));
        }
    }
}
