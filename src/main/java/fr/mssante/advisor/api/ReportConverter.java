package fr.mssante.advisor.api;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.report.ReportedError;
import fr.mssante.advisor.report.RuleCatalogue;
import java.util.List;
import java.util.Map;

/**
 * Turns the internal report model into the public one. {@code toJson()} and {@code render(format)} are the
 * command line's own renderers applied to the same internal report ({@link Rendering}), so both can never
 * say different things.
 */
final class ReportConverter {

    private ReportConverter() {
    }

    /** @param inMemory a setup built in code: positions in its generated text mean nothing to the caller */
    static Report report(AuditReport internal, Lang lang, boolean inMemory, RuleCatalogue rules) {
        AuditReport r = inMemory ? withoutPositions(internal) : internal;
        return report(r, new Rendering(new AuditRun(List.of(r), Portfolio.NONE, List.of(), true, rules), lang));
    }

    static PortfolioReport portfolio(AuditRun run, Lang lang) {
        List<Report> reports = run.reports().stream().map(r -> report(r, lang, false, run.rules())).toList();
        List<PortfolioFinding> portfolio = run.portfolio().findings().stream()
                .map(p -> new PortfolioFinding(finding(p.finding()), p.sources())).toList();
        AuditRun several = new AuditRun(run.reports(), run.portfolio(), run.packWarnings(), false, run.rules());
        return new PortfolioReport(reports, portfolio, failures(run.portfolio().ruleFailures()),
                new Rendering(several, lang));
    }

    private static Report report(AuditReport r, Rendering rendering) {
        Map<String, Integer> s = r.summary();
        Summary summary = new Summary(s.get("ERROR"), s.get("WARNING"), s.get("INFO"), s.get("waived"));
        TrustListInfo trust = r.trustList() == null ? null : new TrustListInfo(r.trustList().source(),
                r.trustList().generatedAt(), r.trustList().domains().size());
        return new Report(r.source(), r.asOf(), r.structureName(), r.finess(),
                r.eligibility() == null ? null : Eligibility.valueOf(r.eligibility().name()), summary,
                r.findings().stream().map(ReportConverter::finding).toList(),
                r.errors().stream().map(e -> new InputError(e.message(), e.path(), e.line(), e.column())).toList(),
                failures(r.ruleFailures()),
                trust, rendering);
    }

    private static List<RuleFailure> failures(List<fr.mssante.advisor.engine.RuleFailure> failures) {
        return failures.stream().map(f -> new RuleFailure(f.ruleId(), f.file(), f.line(), f.message())).toList();
    }

    private static Finding finding(ReportedFinding f) {
        return new Finding(f.ruleId(), Severity.valueOf(f.severity().name()), f.subject(), f.path(), f.line(),
                f.column(), f.title(), f.message(), f.recommendation(), f.reference(), f.waived(), f.waiverReason(),
                f.waiverUntil());
    }

    private static AuditReport withoutPositions(AuditReport r) {
        List<ReportedFinding> findings = r.findings().stream().map(f -> new ReportedFinding(f.ruleId(), f.severity(),
                f.subject(), f.path(), 0, 0, f.title(), f.message(), f.recommendation(), f.reference(), f.waived(),
                f.waiverReason(), f.waiverUntil(), f.baselineState())).toList();
        List<ReportedError> errors = r.errors().stream()
                .map(e -> new ReportedError(e.message(), e.path(), 0, 0)).toList();
        return new AuditReport(r.source(), r.asOf(), r.structureName(), r.finess(), r.eligibility(), findings, errors,
                r.ruleFailures(), r.trustList());
    }
}
