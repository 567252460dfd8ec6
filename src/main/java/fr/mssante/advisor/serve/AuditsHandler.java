package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Advisor;
import fr.mssante.advisor.api.AuditRequest;
import fr.mssante.advisor.api.PortfolioReport;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * {@code POST /api/v1/audits}: several setup files in {@code multipart/form-data}, audited together as
 * {@code audit} audits several files (portfolio rules included); each file is named by its file name. 200
 * with the JSON of {@code audit} for several files, whose reports say which files had input errors.
 */
final class AuditsHandler implements Handler {

    private final Service service;

    AuditsHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(Context ctx) {
        Query query = Query.of(ctx, AuditHandler.PARAMETERS, service.lang());
        String format = query.format();
        List<Uploads.Upload> uploads = Uploads.read(ctx, service.limits());
        long bytes = uploads.stream().mapToLong(u -> u.content().length).sum();
        List<AuditRequest> requests = uploads.stream()
                .map(u -> AuditHandler.options(AuditRequest.of(u.name(), new ByteArrayInputStream(u.content())),
                        query).json(u.json()))
                .toList();
        Advisor advisor = service.advisor();
        service.answerLater(ctx, bytes, () -> {
            PortfolioReport run = advisor.auditTogether(requests);
            service.metrics().audited(run);
            return Service.Answer.report(200, format, run.render(format));
        });
    }
}
