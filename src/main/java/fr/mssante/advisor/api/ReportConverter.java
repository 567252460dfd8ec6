package fr.mssante.advisor.api;

import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Baseline;
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

    /**
     * @param inMemory a setup built in code: positions in its generated text mean nothing to the caller
     * @param baseline the audit's baseline, or null; compared as {@code audit FILE --baseline} does
     */
    static Report report(AuditReport internal, Lang lang, boolean inMemory, RuleCatalogue rules, Baseline baseline) {
        AuditReport r = inMemory ? withoutPositions(internal) : internal;
        AuditRun run = new AuditRun(List.of(r), Portfolio.NONE, List.of(), true, rules);
        if (baseline != null) {
            run = baseline.compare(run);
        }
        return report(run.reports().get(0), new Rendering(run, lang));
    }

    /** @param run already compared with its baseline, if it has one */
    static PortfolioReport portfolio(AuditRun run, Lang lang) {
        List<Report> reports = run.reports().stream().map(r -> report(r, lang, false, run.rules(), null)).toList();
        Portfolio p = run.portfolio();
        List<PortfolioFinding> fixed = p.fixed() == null ? List.of() : p.fixed().stream()
                .map(f -> new PortfolioFinding(fixed(f.finding()), f.sources())).toList();
        AuditRun several = new AuditRun(run.reports(), p, run.packWarnings(), false, run.rules());
        return new PortfolioReport(reports, p.findings().stream()
                .map(f -> new PortfolioFinding(finding(f.finding()), f.sources())).toList(), fixed,
                failures(p.ruleFailures()), new Rendering(several, lang));
    }

    private static Report report(AuditReport r, Rendering rendering) {
        Map<String, Integer> s = r.summary();
        Summary summary = new Summary(s.get("ERROR"), s.get("WARNING"), s.get("INFO"), s.get("waived"));
        TrustListInfo trust = r.trustList() == null ? null : new TrustListInfo(r.trustList().source(),
                r.trustList().generatedAt(), r.trustList().domains().size());
        return new Report(r.source(), r.asOf(), r.structureName(), r.finess(),
                r.eligibility() == null ? null : Eligibility.valueOf(r.eligibility().name()), summary,
                r.findings().stream().map(ReportConverter::finding).toList(),
                r.fixed() == null ? List.of() : r.fixed().stream().map(ReportConverter::fixed).toList(),
                r.errors().stream().map(e -> new InputError(e.message(), e.path(), e.line(), e.column())).toList(),
                failures(r.ruleFailures()),
                trust, rendering);
    }

    private static List<RuleFailure> failures(List<fr.mssante.advisor.engine.RuleFailure> failures) {
        return failures.stream().map(f -> new RuleFailure(f.ruleId(), f.file(), f.line(), f.message())).toList();
    }

    private static Finding finding(ReportedFinding f) {
        return finding(f, f.baselineState() == null ? null : BaselineState.valueOf(f.baselineState().name()));
    }

    /** A finding of the baseline no longer found, as the baseline wrote it. */
    private static Finding fixed(ReportedFinding f) {
        return finding(f, BaselineState.FIXED);
    }

    private static Finding finding(ReportedFinding f, BaselineState state) {
        return new Finding(f.ruleId(), Severity.valueOf(f.severity().name()), f.subject(), f.path(), f.line(),
                f.column(), f.title(), f.message(), f.recommendation(), f.reference(), f.waived(), f.waiverReason(),
                f.waiverUntil(), state);
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
