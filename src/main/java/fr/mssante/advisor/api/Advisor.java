package fr.mssante.advisor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.RulePackException;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.pack.TrustList;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.RuleCatalogue;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.ReadLimits;
import fr.mssante.advisor.setup.SetupFiles;
import fr.mssante.advisor.setup.SetupLoader;
import fr.mssante.advisor.setup.read.LocalizedSchema;
import fr.mssante.advisor.setup.read.Suggestions;
import fr.mssante.advisor.workbench.RuleDocs;
import fr.mssante.advisor.workbench.RuleExplanation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The MSSanté compliance advisor for applications that embed it (this package is the only public API;
 * everything else in the jar is internal and may change). Build it once — loading the rules is the
 * costly part — then share it: it is thread-safe, and each audit is independent.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder().language(Language.EN).build();
 * Report report = advisor.audit(Path.of("ehpad.yaml"));
 * if (report.hasFindingsAtLeast(Severity.ERROR)) { ... }
 * Report since = advisor.audit(AuditRequest.of(Path.of("ehpad.yaml")).baseline(Path.of("last-visit.json")));
 * since.fixed();   // what the last visit found and this audit no longer does
 * }</pre>
 *
 * This is not the command line ({@code java -jar mssante-advisor.jar audit}), which has its own options.
 */
public final class Advisor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Auditor auditor;
    private final Language language;
    private final LocalDate asOf;
    /** The baseline of every audit whose request gives none; null: none. */
    private final GivenBaseline baseline;
    /** {@link #rulesJson} and {@link #explainJson} texts, by language and rule: they only change with the pack. */
    private final Map<String, String> catalogue = new ConcurrentHashMap<>();
    private final RuleCatalogue rules;

    private Advisor(Auditor auditor, Language language, LocalDate asOf, GivenBaseline baseline) {
        this.auditor = auditor;
        this.rules = RuleCatalogue.of(auditor.pack());
        this.language = language;
        this.asOf = asOf;
        this.baseline = baseline;
    }

    /** The rule pack carried in the jar, French reports, today's date. */
    public static Advisor withDefaultRules() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Audits a setup file. An unreadable file gives a report with {@link Report#errors()}, never an exception. */
    public Report audit(Path file) {
        return audit(AuditRequest.of(file));
    }

    /** Audits a setup built in code. */
    public Report audit(SetupModel model) {
        return audit(AuditRequest.of(model));
    }

    /** Audits a file, a stream or a model, with the request's date, language and baseline when it sets them. */
    public Report audit(AuditRequest request) {
        Objects.requireNonNull(request, "request");
        AuditOptions options = options(request.asOfOrNull(), request.languageOrNull());
        boolean inMemory = request.model() != null;
        GivenBaseline compared = request.baselineOrNull() != null ? request.baselineOrNull() : baseline;
        return ReportConverter.report(auditor.audit(load(request), options), options.lang(), inMemory, rules,
                compared == null ? null : compared.read());
    }

    /**
     * Audits files and folders (every {@code *.yaml}, {@code *.yml}, {@code *.json} in a folder, recursively)
     * each on its own, then runs the portfolio rules on all the readable ones together; compared with the
     * advisor's baseline, if any, as {@code audit --baseline} does (the baseline file itself, kept in an
     * audited folder, is not audited).
     */
    public PortfolioReport auditAll(List<Path> filesOrFolders) {
        return auditAll(filesOrFolders, null);
    }

    /** As {@link #auditAll(List)}, on the given audit date. */
    public PortfolioReport auditAll(List<Path> filesOrFolders, LocalDate date) {
        AuditOptions options = options(date, null);
        List<Path> named = List.copyOf(filesOrFolders);
        List<Path> files = SetupFiles.expand(named);
        if (baseline != null && baseline.file() != null) {
            files = SetupFiles.without(files, baseline.file());
        }
        AuditRun run = auditor.auditFiles(files, SetupFiles.isSingleFile(named, files), options);
        return ReportConverter.portfolio(baseline == null ? run : baseline.read().compare(run), options.lang());
    }

    /**
     * Audits setups read from files, streams or models together, as {@code audit} does several files: each
     * on its own, then the portfolio rules on all the readable ones. A run has one date, one language and
     * one baseline: the requests that set them must agree (those that do not take the advisor's; two
     * baselines agree when their texts are the same).
     *
     * @throws IllegalArgumentException when two requests set different dates, languages or baselines
     */
    public PortfolioReport auditTogether(List<AuditRequest> requests) {
        LocalDate date = agreed(requests, AuditRequest::asOfOrNull, "date");
        AuditOptions options = options(date, agreed(requests, AuditRequest::languageOrNull, "language"));
        GivenBaseline given = baselineOf(requests);
        List<LoadedSetup> loaded = requests.stream().map(this::load).toList();
        AuditRun run = auditor.auditLoaded(loaded, options, false);
        return ReportConverter.portfolio(given == null ? run : given.read().compare(run), options.lang());
    }

    private static <T> T agreed(List<AuditRequest> requests, Function<AuditRequest, T> value, String what) {
        List<T> set = requests.stream().map(value).filter(Objects::nonNull).distinct().toList();
        if (set.size() > 1) {
            throw new IllegalArgumentException("the setups audited together have different " + what + "s: " + set);
        }
        return set.isEmpty() ? null : set.get(0);
    }

    /** The requests' baseline (the same text for all that give one), else the advisor's. */
    private GivenBaseline baselineOf(List<AuditRequest> requests) {
        List<GivenBaseline> given = requests.stream().map(AuditRequest::baselineOrNull).filter(Objects::nonNull)
                .toList();
        if (given.stream().map(GivenBaseline::text).distinct().count() > 1) {
            // Not the texts in the message: reports name people.
            throw new IllegalArgumentException("the setups audited together have different baselines: "
                    + given.stream().map(GivenBaseline::name).distinct().toList());
        }
        return given.isEmpty() ? baseline : given.get(0);
    }

    /**
     * The pack's catalogue as {@code rules list --format json} prints it:
     * {@code {"lang", "rules": [{"id", "severity", "subjectKind", "title"}, …]}}, sorted by id.
     */
    public String rulesJson(Language lang) {
        Lang l = lang(lang);
        return catalogue.computeIfAbsent(l.code(), k -> new RuleDocs(auditor.pack(), l).listJson());
    }

    /**
     * What {@code explain RULE_ID --format json} prints of a rule (its checks, FAQ basis, fix, where it is
     * written and a scenario that makes it fire). The id is read in any case, spaces around it ignored.
     *
     * @throws UnknownRuleException when the pack has no such rule (with the closest id, if any)
     */
    public String explainJson(String ruleId, Language lang) {
        String id = Objects.requireNonNull(ruleId, "ruleId").trim().toUpperCase(Locale.ROOT);
        Lang l = lang(lang);
        RulePack pack = auditor.pack();
        if (pack.rule(id).isEmpty()) {
            throw new UnknownRuleException(ruleId, Suggestions.closest(id, pack.rules().keySet()).orElse(null));
        }
        // Loading the example scenarios is the costly part: once per rule and language.
        return catalogue.computeIfAbsent(l.code() + " " + id,
                k -> RuleExplanation.of(pack, id, l).orElseThrow().json());
    }

    /** The JSON Schema of the setup format (draft 2020-12), French texts, as {@code schema} prints it. */
    public static String schemaJson() {
        return schemaJson(Language.FR);
    }

    /** The JSON Schema of the setup format with its titles and descriptions in {@code language}. */
    public static String schemaJson(Language language) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    LocalizedSchema.of(language == Language.EN ? Lang.EN : Lang.FR)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);   // the jar's own schema always serialises
        }
    }

    private Lang lang(Language requested) {
        return (requested != null ? requested : language) == Language.EN ? Lang.EN : Lang.FR;
    }

    private AuditOptions options(LocalDate requestDate, Language requestLanguage) {
        Language lang = requestLanguage != null ? requestLanguage : language;
        LocalDate date = requestDate != null ? requestDate : asOf;
        return new AuditOptions(date, lang == Language.EN ? Lang.EN : Lang.FR);
    }

    private LoadedSetup load(AuditRequest request) {
        if (request.file() != null) {
            return auditor.loader().load(request.file());
        }
        if (request.stream() != null) {
            try {
                return request.jsonOrNull() == null ? auditor.loader().load(request.name(), request.stream())
                        : auditor.loader().load(request.name(), request.stream(), request.jsonOrNull());
            } catch (IOException e) {
                return auditor.loader().unreadable(request.name(), e);
            }
        }
        try {
            String json = JSON.writeValueAsString(request.model().tree());
            return auditor.loader().load(request.name(), new StringReader(json), true);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("setup model cannot be written as a tree: " + e.getOriginalMessage(), e);
        }
    }

    /** Chooses the rule pack, the trust space, the language and the date once for all audits. */
    public static final class Builder {

        private Path rules;
        private Path trustList;
        private Language language = Language.FR;
        private LocalDate asOf;
        private ReadLimits limits = ReadLimits.DEFAULTS;
        private Path baseline;

        private Builder() {
        }

        /**
         * A JSON report written earlier by {@code audit} that every audit is compared with when its request
         * gives none ({@link AuditRequest#baseline(Path)}), {@link Advisor#auditAll} included: an advisor
         * for one follow-up, a CI job say. Read when the advisor is built.
         */
        public Builder baseline(Path reportJson) {
            this.baseline = Objects.requireNonNull(reportJson, "reportJson");
            return this;
        }

        /**
         * The largest setup read, in bytes (default 10 MiB, as {@code audit --max-file-size}); a larger one is
         * an input error of its report. The other reading limits (nesting, aliases, lengths) are fixed.
         */
        public Builder maxFileSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxFileSize must be positive: " + bytes);
            }
            this.limits = ReadLimits.DEFAULTS.withMaxFileBytes(bytes);
            return this;
        }

        /** A rule pack folder laid out like the project's {@code rules/} (default: the pack in the jar). */
        public Builder rules(Path folder) {
            this.rules = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * The official MSSanté whitelist ({@code listeblanchemssante.xml}): then only the domains it names
         * are in the trust space, and reports name the list. Default: the rule pack's trust-space data.
         */
        public Builder trustList(Path whitelistXml) {
            this.trustList = Objects.requireNonNull(whitelistXml, "whitelistXml");
            return this;
        }

        /** The reports' language (default French). */
        public Builder language(Language lang) {
            this.language = Objects.requireNonNull(lang, "lang");
            return this;
        }

        /** A fixed audit date (default: the day of each audit). */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Loads the rules (the default pack comes compiled in the jar; a folder is compiled). Throws
         * {@link AdvisorException} when the pack, the whitelist or the baseline is unusable.
         */
        public Advisor build() {
            GivenBaseline given = baseline == null ? null : GivenBaseline.of(baseline);
            RulePack pack;
            try {
                pack = rules == null ? new RulePackLoader(null, true).loadDefault()
                        : new RulePackLoader().load(rules);
            } catch (RulePackException e) {
                throw new AdvisorException(e.getMessage(), e.problems().stream().map(PackProblem::format).toList());
            }
            if (trustList != null) {
                try {
                    pack = pack.withTrustList(TrustList.read(trustList));
                } catch (TrustList.Unreadable e) {
                    throw new AdvisorException(e.getMessage(), List.of(e.getMessage()));
                }
            }
            return new Advisor(Auditor.of(pack, new SetupLoader(limits)), language, asOf, given);
        }
    }
}
