package fr.mssante.advisor.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit of one setup: the same content as one report object of the JSON report
 * ({@link #toJson()} gives exactly that JSON). A setup that could not be read has {@link #errors()}, no
 * findings, and no structure or eligibility. Audited with a baseline ({@link AuditRequest#baseline}), each
 * finding has its {@link Finding#baselineState()}, {@link #fixed()} lists the baseline's findings no longer
 * found, and only the new findings count in {@link #hasFindingsAtLeast}, as in {@code audit --baseline}.
 */
public final class Report {

    private final String source;
    private final LocalDate asOf;
    private final String structureName;
    private final String structureFiness;
    private final Eligibility eligibility;
    private final Summary summary;
    private final List<Finding> findings;
    private final List<Finding> fixed;
    private final List<InputError> errors;
    private final List<RuleFailure> ruleFailures;
    private final TrustListInfo trustList;
    private final Rendering rendering;

    Report(String source, LocalDate asOf, String structureName, String structureFiness, Eligibility eligibility,
           Summary summary, List<Finding> findings, List<Finding> fixed, List<InputError> errors,
           List<RuleFailure> ruleFailures, TrustListInfo trustList, Rendering rendering) {
        this.source = source;
        this.asOf = asOf;
        this.structureName = structureName;
        this.structureFiness = structureFiness;
        this.eligibility = eligibility;
        this.summary = summary;
        this.findings = List.copyOf(findings);
        this.fixed = List.copyOf(fixed);
        this.errors = List.copyOf(errors);
        this.ruleFailures = List.copyOf(ruleFailures);
        this.trustList = trustList;
        this.rendering = rendering;
    }

    /** The file, or the name given to a stream or a model. */
    public String source() {
        return source;
    }

    /** The audit date deadlines and waivers were compared with. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The structure's name; when the setup has input errors, the name as written if the file could be
     * parsed, else null.
     */
    public String structureName() {
        return structureName;
    }

    /** The structure's FINESS as written; null when absent, or when the file could not be parsed. */
    public String structureFiness() {
        return structureFiness;
    }

    /** The verdict; null when the setup could not be read. */
    public Eligibility eligibility() {
        return eligibility;
    }

    public Summary summary() {
        return summary;
    }

    /** Every finding, the waived ones included, in the order of the report. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * With a baseline, its findings for this structure that this audit no longer finds (state
     * {@link BaselineState#FIXED}, texts and lines as the baseline wrote them); empty without one. An
     * unreadable setup was not audited, so nothing of it is fixed.
     */
    public List<Finding> fixed() {
        return fixed;
    }

    /** Input errors: not empty means the setup was not audited. */
    public List<InputError> errors() {
        return errors;
    }

    /** Rules that broke while running (a faulty rule pack). */
    public List<RuleFailure> ruleFailures() {
        return ruleFailures;
    }

    /** The official whitelist used, or null when the rule pack's own trust-space data was. */
    public TrustListInfo trustList() {
        return trustList;
    }

    /** True when the setup was read and audited. */
    public boolean readable() {
        return errors.isEmpty();
    }

    /**
     * True when a finding not waived is {@code threshold} or more serious (the command line's exit status 1);
     * with a baseline, only the new ones count (those already in it are known, as with {@code --baseline}).
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.counts() && f.severity().atLeast(threshold));
    }

    /** This report as the command line's {@code --format json} writes it for one file. */
    public String toJson() {
        return rendering.json();
    }

    /**
     * This report as {@code audit FILE --format FORMAT} writes it: {@code text}, {@code json},
     * {@code markdown}, {@code html}, {@code junit}… ({@link #formats()}), with that command's defaults.
     *
     * @throws IllegalArgumentException for a format not in {@link #formats()}
     */
    public String render(String format) {
        return rendering.render(format);
    }

    /** The report formats of the command line's {@code audit --format}, by name. */
    public static List<String> formats() {
        return Rendering.formats();
    }

    /**
     * This report as the command line's {@code --format sarif} writes it for one file: a SARIF 2.1.0 log
     * whose rules are the advisor's, for CI viewers and code-scanning tools.
     */
    public String toSarif() {
        return rendering.render("sarif");
    }

    @Override
    public String toString() {
        return "Report[" + source + ", " + (readable() ? eligibility + ", " + summary : errors.size() + " input error(s)")
                + "]";
    }
}
