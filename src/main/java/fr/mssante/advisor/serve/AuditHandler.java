package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.AuditRequest;
import fr.mssante.advisor.api.Report;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code POST /api/v1/audit}: the body is one setup file; the answer is its report as {@code audit FILE}
 * writes it ({@code source} being {@code request}): 200, or 422 when the file has input errors.
 */
final class AuditHandler implements Handler {

    static final Set<String> PARAMETERS = Set.of("asOf", "lang", "format");
    static final String SOURCE = "request";

    private final Service service;

    AuditHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query query = Query.of(ctx, PARAMETERS, service.lang());
        String format = query.format();
        boolean json = MediaTypes.setupIsJson(ctx.contentType());   // a wrong type is told before reading the body
        byte[] body = Bodies.read(ctx, service.limits().maxFileBytes(), "un fichier de configuration", "one setup file");
        AuditRequest request = options(AuditRequest.of(SOURCE, new ByteArrayInputStream(body)), query).json(json);
        Advisor advisor = service.advisor();
        service.answerLater(ctx, body.length, () -> {
            Report report = advisor.audit(request);
            service.metrics().audited(report);
            return Service.Answer.report(report.readable() ? 200 : 422, format, report.render(format));
        });
    }

    /** The request's date and language, when it gives them. */
    static AuditRequest options(AuditRequest request, Query query) {
        LocalDate asOf = query.asOf();
        AuditRequest dated = asOf == null ? request : request.asOf(asOf);
        return dated.language(query.language());
    }
}
