package fr.mssante.advisor.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.api.UnknownRuleException;
import fr.mssante.advisor.i18n.Lang;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapping from a failure to an answer: every exception a handler, a filter or the framework raises
 * becomes an RFC 9457 {@code application/problem+json} object ({@code type}, {@code title}, {@code status},
 * {@code detail}, extensions) in the request's language. Input errors in a setup file are not problems:
 * they are a report (422), written by the audit handler.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final Lang fallback;

    Problems(Lang fallback) {
        this.fallback = fallback;
    }

    /** Answers {@code failure} on {@code ctx}. */
    void answer(Exception failure, Context ctx) {
        ProblemException problem = translate(failure, ctx);
        Lang lang = Languages.of(ctx, fallback);
        ctx.status(problem.problem().status())
                .contentType(MEDIA_TYPE + ";charset=utf-8")
                .header("Content-Language", lang.code())
                .header("Cache-Control", "no-store");
        if (problem.problem() == Problem.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"mssante-advisor\"");
        }
        if (problem.problem() == Problem.OVERLOADED || problem.problem() == Problem.TIMEOUT) {
            ctx.header("Retry-After", "1");
        }
        Object allow = problem.extensions().get("allow");
        if (allow != null) {
            ctx.header("Allow", allow.toString());
        }
        ctx.result(body(problem.problem(), problem.problem().status(), problem.detail(lang), lang,
                problem.extensions()));
    }

    /** The problem object as bytes (also written by {@link JettyErrors} for what Jetty refuses itself). */
    static byte[] body(Problem problem, int status, String detail, Lang lang, Map<String, Object> extensions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", problem.type());
        o.put("title", problem.title(lang));
        o.put("status", status);
        o.put("detail", detail);
        extensions.forEach((k, v) -> o.set(k, JSON.valueToTree(v)));
        o.put("lang", lang.code());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ("{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private ProblemException translate(Exception failure, Context ctx) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof ProblemException p) {
            return p;
        }
        if (e instanceof UnknownRuleException u) {
            String hint = u.suggestion().map(s -> " Vouliez-vous dire " + s + " ?").orElse("");
            String hintEn = u.suggestion().map(s -> " Did you mean " + s + "?").orElse("");
            return new ProblemException(Problem.UNKNOWN_RULE,
                    "Le paquet n'a pas de règle « " + u.ruleId() + " »." + hint + " La liste : GET /api/v1/rules.",
                    "The pack has no rule « " + u.ruleId() + " »." + hintEn + " The list: GET /api/v1/rules.",
                    u.suggestion().<Map<String, Object>>map(s -> Map.of("suggestion", s)).orElse(Map.of()));
        }
        if (e instanceof RejectedExecutionException) {
            return new ProblemException(Problem.OVERLOADED,
                    "Trop d'audits en attente : réessayez dans un instant.",
                    "Too many audits waiting: try again in a moment.");
        }
        if (e instanceof TimeoutException) {
            return new ProblemException(Problem.TIMEOUT,
                    "L'audit a dépassé le temps permis par requête ; réessayez, ou auditez ce fichier en ligne de"
                            + " commande.",
                    "The audit took longer than a request may; try again, or audit this file on the command line.");
        }
        if (e instanceof MethodNotAllowedResponse m) {
            String allowed = m.getDetails().values().stream().findFirst().orElse("");
            return new ProblemException(Problem.METHOD_NOT_ALLOWED,
                    "Cette adresse n'accepte pas " + ctx.method() + " ; méthodes permises : " + allowed + ".",
                    "This address does not take " + ctx.method() + "; allowed methods: " + allowed + ".",
                    Map.of("allow", allowed));
        }
        if (e instanceof HttpResponseException h) {
            return fromStatus(h.getStatus(), ctx);
        }
        // A bug of ours: the person gets a sentence, the log the class (the trace at debug level only:
        // a message may quote what the request held).
        LOG.warn("Erreur interne sur {} {} : {}", ctx.method(), Filters.route(ctx), e.getClass().getName());
        LOG.debug("Trace", e);
        return new ProblemException(Problem.INTERNAL,
                "Erreur interne du service ; elle est notée dans son journal. Merci de la signaler.",
                "Internal error of the service, noted in its log. Please report it.");
    }

    private static ProblemException fromStatus(int status, Context ctx) {
        Problem p = Problem.forStatus(status);
        return switch (p) {
            case NOT_FOUND -> new ProblemException(p,
                    "Aucune ressource à l'adresse " + ctx.path() + " ; l'API est décrite par GET /api/v1/openapi.json.",
                    "Nothing at " + ctx.path() + "; the API is described by GET /api/v1/openapi.json.");
            case TOO_LARGE -> new ProblemException(p, "Le contenu envoyé est trop volumineux.", "The content is too large.");
            default -> new ProblemException(p, p.title(Lang.FR) + ".", p.title(Lang.EN) + ".");
        };
    }
}
