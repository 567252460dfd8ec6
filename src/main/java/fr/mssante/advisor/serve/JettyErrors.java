package fr.mssante.advisor.serve;

import fr.mssante.advisor.i18n.Lang;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before a request reaches the routes (headers too large, a malformed request line, a
 * request arriving while the service stops) is answered as a problem too, with the same security headers,
 * instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private final Lang fallback;

    JettyErrors(Lang fallback) {
        this.fallback = fallback;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Lang lang = Languages.fromHeader(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE), fallback);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE + ";charset=utf-8");
        headers.put("Content-Language", lang.code());
        Filters.SECURITY_HEADERS.forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body(code, lang)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE + ";charset=utf-8"));
        fields.put("Content-Language", fallback.code());
        Filters.SECURITY_HEADERS.forEach(fields::put);
        return ByteBuffer.wrap(body(status, fallback));
    }

    private static byte[] body(int status, Lang lang) {
        Problem p = Problem.forStatus(status);
        String detail = switch (p) {
            case HEADERS_TOO_LARGE -> lang == Lang.FR ? "Les en-têtes de la requête dépassent la taille permise."
                    : "The request headers are larger than allowed.";
            case UNAVAILABLE -> lang == Lang.FR ? "Le service s'arrête ; réessayez quand il aura redémarré."
                    : "The service is stopping; try again once it has restarted.";
            case REQUEST_TIMEOUT -> lang == Lang.FR ? "La requête est arrivée trop lentement."
                    : "The request arrived too slowly.";
            default -> lang == Lang.FR ? "La requête n'a pas pu être lue (HTTP " + status + ")."
                    : "The request could not be read (HTTP " + status + ").";
        };
        return Problems.body(p, status, detail, lang, Map.of());
    }
}
