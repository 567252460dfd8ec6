package fr.mssante.advisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.findings.BaselineState;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.pack.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A JSON report written earlier by {@code audit} ({@code --baseline FILE}), to compare a run with.
 * A structure is found in it by its FINESS, or, when the baseline has no report with that FINESS (none
 * given, or corrected since), by its file name; findings are then matched by rule and subject, never by
 * line (a finding on the same path first). Each finding of the run becomes {@code new} or
 * {@code unchanged}; the baseline's findings left over are the structure's {@code fixed} ones.
 *
 * <p>Not thread-safe: one run compares its reports one after the other (as a batch writes them).
 */
public final class Baseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A report of the baseline, and whether a report of this run was already compared with it. */
    private static final class Structure {
        final String source;
        final String finess;
        final List<ReportedFinding> findings;
        boolean claimed;

        Structure(String source, String finess, List<ReportedFinding> findings) {
            this.source = source;
            this.finess = finess == null || finess.isBlank() ? null : finess.strip();
            this.findings = findings;
        }
    }

    private final String file;
    private final List<Structure> structures;
    /** Null when the baseline is one report: it had no portfolio. */
    private final List<AuditRun.PortfolioFinding> portfolio;

    private Baseline(String file, List<Structure> structures, List<AuditRun.PortfolioFinding> portfolio) {
        this.file = file;
        this.structures = structures;
        this.portfolio = portfolio;
    }

    /** The file it was read from, as the user named it. */
    public String file() {
        return file;
    }

    /** A file that is not a JSON report of {@code audit}: the message names it and says what it is. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * Reads a baseline file: refused, with a message naming it, when it is missing, not JSON (a YAML
     * setup file), a setup file in JSON, a SARIF log, or JSON of another shape.
     */
    public static Baseline read(Path path) throws Unusable {
        return parse(path.toString(), text(path));
    }

    /** The text of a baseline file, UTF-8; refused when it is a folder, missing or unreadable. */
    public static String text(Path path) throws Unusable {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new Unusable(file + " : c'est un dossier, pas un rapport JSON / is a folder, not a JSON report");
        }
        if (!Files.isRegularFile(path)) {
            throw new Unusable(file + " : fichier introuvable / file not found");
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unusable(file + " : lecture impossible / cannot read: " + e.getMessage());
        }
    }

    /**
     * A baseline given as text ({@code file} names it in messages, and its ending tells a YAML file given by
     * mistake); refused as {@link #read} refuses a file.
     */
    public static Baseline parse(String file, String text) throws Unusable {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            String lower = file.toLowerCase(Locale.ROOT);
            boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
            throw new Unusable(file + at + (yaml
                    ? " : ce fichier YAML n'est pas un rapport JSON (un fichier de configuration ?) ; donnez le rapport"
                    + " écrit par « audit --format json » / this YAML file is not a JSON report (a setup file?); give"
                    + " the report written by audit --format json"
                    : " : JSON mal formé, ce n'est pas un rapport écrit par « audit --format json » / malformed JSON,"
                    + " not a report written by audit --format json"));
        }
        if (root == null || !root.isObject()) {
            throw new Unusable(file + " : ce n'est pas un rapport JSON d'audit (objet attendu) / not a JSON audit"
                    + " report (an object was expected)");
        }
        if (root.has("runs") && root.has("version")) {
            throw new Unusable(file + " : c'est un rapport SARIF ; la référence est le rapport JSON (« audit --format"
                    + " json ») / this is a SARIF log; the baseline is the JSON report (audit --format json)");
        }
        if (root.has("format") || root.has("mailboxes") || root.path("structure").has("category")) {
            throw new Unusable(file + " : c'est un fichier de configuration, pas un rapport d'audit ; auditez-le avec"
                    + " « --format json » pour obtenir la référence / this is a setup file, not an audit report;"
                    + " audit it with --format json to get a baseline");
        }
        return of(file, root);
    }

    private static Baseline of(String file, JsonNode root) throws Unusable {
        List<Structure> structures = new ArrayList<>();
        List<AuditRun.PortfolioFinding> portfolio = null;
        if (root.has("reports")) {
            JsonNode reports = root.get("reports");
            if (!reports.isArray()) {
                throw shape(file, "reports");
            }
            for (int i = 0; i < reports.size(); i++) {
                structures.add(structure(file, reports.get(i), "reports[" + i + "]"));
            }
            portfolio = new ArrayList<>();
            JsonNode findings = root.path("portfolio").path("findings");
            for (int i = 0; i < findings.size(); i++) {
                JsonNode f = findings.get(i);
                List<String> sources = new ArrayList<>();
                f.path("sources").forEach(s -> sources.add(s.asText()));
                portfolio.add(new AuditRun.PortfolioFinding(finding(file, f, "portfolio.findings[" + i + "]"),
                        sources));
            }
        } else {
            structures.add(structure(file, root, ""));
        }
        return new Baseline(file, structures, portfolio);
    }

    private static Unusable shape(String file, String at) {
        return new Unusable(file + " : ce n'est pas un rapport JSON d'audit (" + at + " : « source » et « findings »"
                + " attendus) / not a JSON audit report (" + at + ": source and findings expected)");
    }

    private static Structure structure(String file, JsonNode report, String at) throws Unusable {
        if (!report.isObject() || !report.path("source").isTextual() || !report.path("findings").isArray()) {
            throw shape(file, at.isEmpty() ? "racine / root" : at);
        }
        List<ReportedFinding> findings = new ArrayList<>();
        JsonNode list = report.get("findings");
        for (int i = 0; i < list.size(); i++) {
            findings.add(finding(file, list.get(i), (at.isEmpty() ? "" : at + ".") + "findings[" + i + "]"));
        }
        JsonNode finess = report.path("structure").path("finess");
        return new Structure(report.get("source").asText(), finess.isTextual() ? finess.asText() : null, findings);
    }

    private static ReportedFinding finding(String file, JsonNode f, String at) throws Unusable {
        if (!f.path("ruleId").isTextual() || !f.path("subject").isTextual()) {
            throw new Unusable(file + " : " + at + " : constat sans « ruleId » ou « subject » / finding without"
                    + " ruleId or subject");
        }
        Severity severity = Optional.ofNullable(Severity.parse(f.path("severity").asText())).orElse(Severity.ERROR);
        return new ReportedFinding(f.get("ruleId").asText(), severity, f.get("subject").asText(),
                f.path("path").asText(""), f.path("line").asInt(0), f.path("column").asInt(0),
                f.path("title").asText(""), f.path("message").asText(""), f.path("recommendation").asText(""),
                f.path("reference").asText(""), f.path("waived").asBoolean(false),
                f.path("waiverReason").isTextual() ? f.get("waiverReason").asText() : null, until(f), null);
    }

    /** The waiver's end date as the baseline wrote it, kept with its fixed finding; null when none or unreadable. */
    private static LocalDate until(JsonNode f) {
        try {
            return f.path("waiverUntil").isTextual() ? LocalDate.parse(f.get("waiverUntil").asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The report with each finding's state and the structure's fixed findings. An unreadable file was
     * not audited: nothing of it is said fixed (its baseline findings are set aside all the same).
     */
    public AuditReport compare(AuditReport report) {
        Structure known = pair(report);
        List<ReportedFinding> before = known == null ? List.of() : known.findings;
        if (!report.readable()) {
            return report.compared(report.findings(), List.of());
        }
        Matched m = match(report.findings(), before);
        return report.compared(m.stated(), m.fixed());
    }

    /**
     * The portfolio with each finding's state and the baseline's portfolio findings no longer found.
     *
     * @param ran false when the portfolio rules did not run (fewer than two readable structures): then
     *            nothing is said fixed
     */
    public Portfolio compare(Portfolio current, boolean ran) {
        List<AuditRun.PortfolioFinding> before = portfolio == null || !ran ? List.of() : portfolio;
        List<ReportedFinding> now = current.findings().stream().map(AuditRun.PortfolioFinding::finding).toList();
        Matched m = match(now, before.stream().map(AuditRun.PortfolioFinding::finding).toList());
        List<AuditRun.PortfolioFinding> stated = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            stated.add(new AuditRun.PortfolioFinding(m.stated().get(i), current.findings().get(i).sources()));
        }
        List<AuditRun.PortfolioFinding> fixed = before.stream().filter(p -> m.fixed().contains(p.finding())).toList();
        return current.compared(stated, fixed);
    }

    /** The whole run compared (its reports, and its portfolio when its rules ran). */
    public AuditRun compare(AuditRun run) {
        List<AuditReport> reports = run.reports().stream().map(this::compare).toList();
        boolean ran = run.reports().stream().filter(AuditReport::readable).count() >= 2;
        return run.with(reports, compare(run.portfolio(), ran));
    }

    /** The sources of the baseline's reports no report of this run was compared with (not audited this time). */
    public List<String> notAudited() {
        return structures.stream().filter(s -> !s.claimed).map(s -> s.source).toList();
    }

    private Structure pair(AuditReport report) {
        String finess = report.finess() == null || report.finess().isBlank() ? null : report.finess().strip();
        String name = FindingKey.fileName(report.source());
        Structure found = null;
        if (finess != null) {
            found = first(s -> finess.equals(s.finess) && name.equals(FindingKey.fileName(s.source)));
            if (found == null) {
                found = first(s -> finess.equals(s.finess));
            }
        }
        if (found == null) {
            found = first(s -> name.equals(FindingKey.fileName(s.source)));
        }
        if (found != null) {
            found.claimed = true;
        }
        return found;
    }

    private Structure first(Predicate<Structure> test) {
        return structures.stream().filter(s -> !s.claimed).filter(test).findFirst().orElse(null);
    }

    /** The current findings with their state, in their order, and the baseline's left over. */
    private record Matched(List<ReportedFinding> stated, List<ReportedFinding> fixed) {
    }

    private static Matched match(List<ReportedFinding> now, List<ReportedFinding> before) {
        List<ReportedFinding> left = new ArrayList<>(before);
        BaselineState[] states = new BaselineState[now.size()];
        // Same rule, subject and path first, so that two findings of one rule on one subject pair up
        // with their own; then same rule and subject, wherever the finding now is.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < now.size(); i++) {
                if (states[i] != null) {
                    continue;
                }
                ReportedFinding f = now.get(i);
                boolean samePath = pass == 0;
                Optional<ReportedFinding> was = left.stream().filter(b -> b.ruleId().equals(f.ruleId())
                        && b.subject().equals(f.subject())
                        && (!samePath || String.valueOf(b.path()).equals(String.valueOf(f.path())))).findFirst();
                if (was.isPresent()) {
                    left.remove(was.get());
                    states[i] = BaselineState.UNCHANGED;
                }
            }
        }
        List<ReportedFinding> stated = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            stated.add(now.get(i).withBaselineState(states[i] == null ? BaselineState.NEW : states[i]));
        }
        return new Matched(stated, left);
    }
}
