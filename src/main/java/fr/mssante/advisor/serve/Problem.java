package fr.mssante.advisor.serve;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.LocalizedText;

/**
 * The kinds of failure the service answers with an RFC 9457 problem: each has its HTTP status, a stable
 * {@code type} URI a client can branch on, and a short title in both languages (the {@code detail} of each
 * answer says what happened this time).
 */
enum Problem {
    BAD_PARAMETER(400, "bad-parameter", "Paramètre invalide", "Invalid parameter"),
    UNKNOWN_PARAMETER(400, "unknown-parameter", "Paramètre inconnu", "Unknown parameter"),
    BAD_MULTIPART(400, "bad-multipart", "Envoi de fichiers invalide", "Invalid file upload"),
    BAD_REQUEST(400, "bad-request", "Requête invalide", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Authentification requise", "Authentication required"),
    NOT_FOUND(404, "not-found", "Adresse inconnue", "Not found"),
    UNKNOWN_RULE(404, "unknown-rule", "Règle inconnue", "Unknown rule"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Méthode non permise", "Method not allowed"),
    REQUEST_TIMEOUT(408, "request-timeout", "Envoi trop lent", "Request sent too slowly"),
    TOO_LARGE(413, "too-large", "Envoi trop volumineux", "Content too large"),
    TOO_MANY_FILES(413, "too-many-files", "Trop de fichiers", "Too many files"),
    UNSUPPORTED_TYPE(415, "unsupported-media-type", "Type de contenu non pris en charge", "Unsupported media type"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "En-têtes trop volumineux", "Request headers too large"),
    INTERNAL(500, "internal", "Erreur interne", "Internal error"),
    OVERLOADED(503, "overloaded", "Service surchargé", "Service overloaded"),
    TIMEOUT(503, "timeout", "Traitement trop long", "Processing took too long"),
    UNAVAILABLE(503, "unavailable", "Service indisponible", "Service unavailable");

    private static final String TYPE_PREFIX = "urn:mssante-advisor:problem:";

    private final int status;
    private final String slug;
    private final LocalizedText title;

    Problem(int status, String slug, String fr, String en) {
        this.status = status;
        this.slug = slug;
        this.title = LocalizedText.of(fr, en);
    }

    int status() {
        return status;
    }

    String type() {
        return TYPE_PREFIX + slug;
    }

    String title(Lang lang) {
        return title.in(lang);
    }

    /** The problem for a status the framework or Jetty set (a 400 it found, a 431, a 503 while stopping…). */
    static Problem forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
