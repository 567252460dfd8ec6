package fr.mssante.advisor.workbench;

import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.setup.LoadedSetup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Runs scenarios against a pack and compares what fired with what they expect. */
public final class ScenarioRunner {

    private final Auditor auditor;
    private final Lang lang;

    /** A runner whose setup errors are worded in English. */
    public ScenarioRunner(Auditor auditor) {
        this(auditor, Lang.EN);
    }

    /** @param lang the language of the setup errors the results carry */
    public ScenarioRunner(Auditor auditor, Lang lang) {
        this.auditor = auditor;
        this.lang = lang;
    }

    public ScenarioResult run(Scenario scenario) {
        AuditOptions options = new AuditOptions(scenario.asOf(), lang);
        List<String> errors = new ArrayList<>();
        // A rule id the pack does not have is a typo or a rule removed: an "absent" check on it would
        // pass for nothing, so it fails the scenario with its name.
        Stream.of(scenario.expect(), scenario.absent(), scenario.waived()).flatMap(List::stream)
                .map(Scenario.Expected::rule).distinct()
                .filter(id -> !auditor.pack().rules().containsKey(id))
                .forEach(id -> errors.add(lang == Lang.FR ? "la règle " + id + " n'existe pas dans le paquet"
                        : "rule " + id + " is not in the pack"));
        List<RuleFailure> ruleFailures = new ArrayList<>();
        List<AuditReport> reports = new ArrayList<>();
        for (LoadedSetup setup : scenario.setups()) {
            AuditReport report = auditor.audit(setup, options);
            reports.add(report);
            report.errors().forEach(e -> errors.add(lang == Lang.FR
                    ? "configuration " + setup.source() + ", ligne " + e.line() + " : " + e.message()
                    : "setup " + setup.source() + " line " + e.line() + ": " + e.message()));
            ruleFailures.addAll(report.ruleFailures());
        }
        List<ReportedFinding> findings = new ArrayList<>();
        reports.forEach(r -> findings.addAll(r.findings()));
        if (scenario.setups().size() > 1) {
            Portfolio portfolio = auditor.auditLoaded(scenario.setups(), options).portfolio();
            portfolio.findings().forEach(p -> findings.add(p.finding()));
            ruleFailures.addAll(portfolio.ruleFailures());
        }
        Set<Scenario.Expected> open = new HashSet<>();
        Set<Scenario.Expected> waived = new HashSet<>();
        Set<String> fired = new TreeSet<>();
        for (ReportedFinding f : findings) {
            (f.waived() ? waived : open).add(new Scenario.Expected(f.ruleId(), f.subject()));
            fired.add(f.ruleId());
        }
        List<Scenario.Expected> missing = scenario.expect().stream().filter(e -> !open.contains(e)).toList();
        List<Scenario.Expected> unexpected = scenario.absent().stream().filter(open::contains).toList();
        List<Scenario.Expected> waivedMismatch = scenario.waived().stream().filter(e -> !waived.contains(e)).toList();
        return new ScenarioResult(scenario, missing, unexpected, waivedMismatch, errors, ruleFailures, fired);
    }
}
