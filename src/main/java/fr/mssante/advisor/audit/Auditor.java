package fr.mssante.advisor.audit;

import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.engine.RuleEngine;
import fr.mssante.advisor.facts.PortfolioEntry;
import fr.mssante.advisor.facts.SetupFacts;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.FindingAssembler;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.findings.Waivers;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.RuleCatalogue;
import fr.mssante.advisor.report.Portfolio;
import fr.mssante.advisor.report.ReportedError;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.ReadLimits;
import fr.mssante.advisor.setup.SetupFiles;
import fr.mssante.advisor.setup.Setup;
import fr.mssante.advisor.setup.SetupLoader;
import fr.mssante.advisor.setup.SourceLocation;
import fr.mssante.advisor.timing.Phases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs audits: reads setup files, runs the rule pack on each, assembles located and translated findings,
 * then the portfolio rules on all readable setups together. Built once per pack (compiling the rules is
 * the costly part), thread-safe. Internal: the command line uses it directly, embedding applications go
 * through {@code fr.mssante.advisor.api.Advisor}.
 */
public final class Auditor {

    private final RulePack pack;
    private final RuleEngine engine;
    private final SetupLoader loader;

    private Auditor(RulePack pack, SetupLoader loader) {
        this.pack = pack;
        this.engine = new RuleEngine(pack);
        this.loader = loader;
    }

    /**
     * The rule pack carried in the jar, ready-compiled when the jar's compiled form matches it.
     * Throws {@code RulePackException} if it does not compile.
     */
    public static Auditor withDefaultRules() {
        return of(new RulePackLoader(null, true).loadDefault());
    }

    /** A rule pack from a folder laid out like the project's {@code rules/}. */
    public static Auditor withRules(Path rulesDir) {
        return of(new RulePackLoader().load(rulesDir));
    }

    public static Auditor of(RulePack pack) {
        return new Auditor(pack, new SetupLoader(ReadLimits.DEFAULTS));
    }

    /** With a setup reader already built (the command line builds it while the pack loads). */
    public static Auditor of(RulePack pack, SetupLoader loader) {
        return new Auditor(pack, loader);
    }

    public RulePack pack() {
        return pack;
    }

    public SetupLoader loader() {
        return loader;
    }

    public AuditReport audit(Path file, AuditOptions options) {
        return audit(loader.load(file), options);
    }

    public AuditReport audit(String source, InputStream in, AuditOptions options) throws IOException {
        return audit(loader.load(source, in), options);
    }

    /** Audits a setup built in memory; findings then have no line or column. */
    public AuditReport audit(Setup setup, AuditOptions options) {
        return audit(new LoadedSetup("(en mémoire)", setup, null, List.of()), options);
    }

    /** {@code structure.<field>} as written in a file that could be parsed, when it is a text; else null. */
    private static String writtenText(LoadedSetup loaded, String field) {
        if (loaded.tree() == null) {
            return null;
        }
        var value = loaded.tree().root().path("structure").path(field);
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    public AuditReport audit(LoadedSetup loaded, AuditOptions options) {
        if (!loaded.readable()) {
            List<ReportedError> errors = loaded.errors().stream()
                    .map(e -> new ReportedError(e.message(options.lang()), e.path(), e.line(), e.column()))
                    .toList();
            // The structure's name and FINESS, when the file could be parsed, still tell a reader of a
            // batch which structure the errors belong to.
            return new AuditReport(loaded.source(), options.asOf(), writtenText(loaded, "name"),
                    writtenText(loaded, "finess"), null, List.of(), errors, List.of(), pack.trustList());
        }
        Setup setup = loaded.setup();
        RuleEngine.Result result = engine.run(SetupFacts.of(setup, options.asOf()));
        List<ReportedFinding> findings = new FindingAssembler(pack.messages(), options.lang())
                .assemble(result.findings(), loaded.tree(), new Waivers(setup.acknowledgements(), options.asOf()));
        return new AuditReport(loaded.source(), options.asOf(), setup.structure().name(), setup.structure().finess(),
                Eligibility.of(setup, result.findings(), pack.reference()), findings, List.of(), result.failures(),
                pack.trustList());
    }

    /**
     * Audits files and folders (every {@code *.yaml}, {@code *.yml}, {@code *.json} inside, recursively):
     * one report each, sorted by source; then the portfolio rules on all readable ones together.
     */
    public AuditRun auditAll(List<Path> paths, AuditOptions options) {
        List<Path> files = SetupFiles.expand(paths);
        return auditFiles(files, SetupFiles.isSingleFile(paths, files), options);
    }

    /** As {@link #auditAll}, for files already found; {@code single}: one file was named. */
    public AuditRun auditFiles(List<Path> files, boolean single, AuditOptions options) {
        List<LoadedSetup> loaded = files.stream().map(loader::load).toList();
        Phases.mark("setup files read (parse, schema, bind)");
        AuditRun run = auditLoaded(loaded, options, single);
        Phases.mark("rules run, findings assembled");
        return run;
    }

    /** Audits setups already read, each on its own, then the readable ones together (portfolio rules). */
    public AuditRun auditLoaded(List<LoadedSetup> setups, AuditOptions options) {
        return auditLoaded(setups, options, setups.size() == 1);
    }

    /** As {@link #auditLoaded(List, AuditOptions)}; {@code single}: one file was named (see {@link AuditRun}). */
    public AuditRun auditLoaded(List<LoadedSetup> setups, AuditOptions options, boolean single) {
        List<AuditReport> reports = new ArrayList<>();
        List<PortfolioEntry> entries = new ArrayList<>();
        Map<String, LoadedSetup> loadedBySource = new TreeMap<>();
        for (LoadedSetup loaded : setups) {
            loadedBySource.put(loaded.source(), loaded);
            reports.add(audit(loaded, options));
            if (loaded.readable()) {
                entries.add(PortfolioEntry.of(loaded.source(), loaded.setup()));
            }
        }
        reports.sort(Comparator.comparing(AuditReport::source));
        Portfolio portfolio = portfolio(entries, loadedBySource::get, options);
        return new AuditRun(reports, portfolio, pack.problems(), single, RuleCatalogue.of(pack));
    }

    /**
     * The portfolio rules on the readable setups of a run (nothing for fewer than two).
     *
     * @param loaded a setup by source: its tree locates a finding, its acknowledgements may waive it
     */
    Portfolio portfolio(List<PortfolioEntry> entries, Function<String, LoadedSetup> loaded, AuditOptions options) {
        if (entries.size() < 2) {
            return Portfolio.NONE;
        }
        RuleEngine.Result result = engine.run(new ArrayList<>(entries));
        FindingAssembler assembler = new FindingAssembler(pack.messages(), options.lang());
        List<AuditRun.PortfolioFinding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            List<String> sources = entries.stream().filter(e -> f.subject().equals(e.legalEntityFiness()))
                    .map(PortfolioEntry::source).sorted().toList();
            SourceLocation at = sources.isEmpty() ? SourceLocation.UNKNOWN
                    : Optional.ofNullable(loaded.apply(sources.get(0)).tree()).map(t -> t.locate(f.path()))
                    .orElse(SourceLocation.UNKNOWN);
            // A structure of the group may accept the finding in its own acknowledgements.
            Waivers waivers = new Waivers(sources.stream().flatMap(src -> loaded.apply(src).setup()
                    .acknowledgements().stream()).toList(), options.asOf());
            out.add(new AuditRun.PortfolioFinding(assembler.assemble(f, at, waivers.waiverOf(f)), sources));
        }
        return new Portfolio(out, result.failures());
    }
}
