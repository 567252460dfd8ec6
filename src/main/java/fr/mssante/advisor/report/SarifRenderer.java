package fr.mssante.advisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RuleInfo;
import fr.mssante.advisor.pack.RuleTexts;
import fr.mssante.advisor.pack.Severity;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run as a SARIF 2.1.0 log, for CI viewers (GitHub code scanning, GitLab, IDEs): one run whose
 * {@code tool.driver.rules} are the pack's rules, one result per finding (portfolio ones included) at
 * its place in the setup file, waived findings with an accepted suppression, and, with a baseline,
 * every result's {@code baselineState} and the fixed findings as {@code absent} results. Input errors,
 * failed rules and pack warnings are the invocation's notifications. Written as a Jackson tree.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of our fingerprint: the structure, rule and subject a baseline matches on, never the line. */
    static final String FINGERPRINT = "mssanteAdvisorFinding/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(AuditRun run, Lang lang) {
        try {
            return JSON.writeValueAsString(log(run, lang)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode log(AuditRun run, Lang lang) {
        ReportLabels t = new ReportLabels(lang);
        ObjectNode root = JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode out = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        out.putObject("tool").set("driver", driver(run, lang, t, ruleIndex));
        ObjectNode invocation = out.putArray("invocations").addObject();
        Map<String, Integer> artifacts = artifacts(run, out.putArray("artifacts"));
        invocation(run, t, artifacts, invocation);
        ArrayNode results = out.putArray("results");
        for (AuditReport r : run.reports()) {
            String key = FindingKey.structure(r.finess(), r.source());
            r.findings().forEach(f -> results.add(result(f, key, List.of(r.source()), ruleIndex, artifacts, t)));
            if (r.fixed() != null) {
                r.fixed().forEach(f -> results.add(absent(f, key, List.of(r.source()), ruleIndex, artifacts)));
            }
        }
        Portfolio portfolio = run.portfolio();
        portfolio.findings().forEach(p -> results.add(
                result(p.finding(), "portfolio", p.sources(), ruleIndex, artifacts, t)));
        if (portfolio.fixed() != null) {
            portfolio.fixed().forEach(p -> results.add(absent(p.finding(), "portfolio", p.sources(), ruleIndex,
                    artifacts)));
        }
        out.put("language", lang == Lang.FR ? "fr-FR" : "en-US");
        if (!run.reports().isEmpty()) {
            out.putObject("properties").put("asOf", run.reports().get(0).asOf().toString());
        }
        return root;
    }

    /** The tool and its rules: every rule of the pack, then any rule a result names that the pack lacks. */
    private static ObjectNode driver(AuditRun run, Lang lang, ReportLabels t, Map<String, Integer> index) {
        ObjectNode driver = JSON.createObjectNode().put("name", "mssante-advisor").put("fullName", t.sarifToolName());
        String version = SarifRenderer.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        driver.put("language", lang == Lang.FR ? "fr-FR" : "en-US");
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo rule : run.rules().rules()) {
            index.put(rule.id(), index.size());
            rules.add(rule(rule, run.rules().texts(rule.id(), lang), t));
        }
        for (ReportedFinding f : SarifLocations.allFindings(run)) {
            if (!index.containsKey(f.ruleId())) {
                index.put(f.ruleId(), index.size());
                rules.addObject().put("id", f.ruleId()).<ObjectNode>set("shortDescription", text(f.title()))
                        .<ObjectNode>set("defaultConfiguration", JSON.createObjectNode().put("level", level(f.severity())));
            }
        }
        ArrayNode notifications = driver.putArray("notifications");
        for (SarifLocations.Notice notice : SarifLocations.Notice.values()) {
            notifications.addObject().put("id", notice.id()).set("shortDescription", text(t.sarifNotice(notice)));
        }
        return driver;
    }

    private static ObjectNode rule(RuleInfo rule, RuleTexts texts, ReportLabels t) {
        ObjectNode o = JSON.createObjectNode().put("id", rule.id());
        o.set("shortDescription", text(texts.title()));
        o.set("fullDescription", text(texts.description().isBlank() ? texts.title() : texts.description()));
        String why = t.why() + texts.reference();
        o.putObject("help").put("text", "→ " + texts.recommendation() + "\n" + why)
                .put("markdown", "**→** " + texts.recommendation() + "\n\n**" + t.why().strip() + "** "
                        + texts.reference());
        o.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = o.putObject("properties").put("severity", rule.severity().name())
                .put("subjectKind", rule.subjectKind()).put("definedIn", rule.file() + ":" + rule.line());
        properties.putArray("tags").add("mssante").add(rule.subjectKind());
        return o;
    }

    private static ObjectNode result(ReportedFinding f, String structureKey, List<String> sources,
                                     Map<String, Integer> ruleIndex, Map<String, Integer> artifacts, ReportLabels t) {
        ObjectNode o = common(f, structureKey, sources, ruleIndex, artifacts, true);
        if (f.baselineState() != null) {
            o.put("baselineState", f.baselineState().json());
        }
        if (f.waived()) {
            ObjectNode suppression = o.putArray("suppressions").addObject().put("kind", "inSource")
                    .put("status", "accepted");
            if (f.waiverReason() != null) {
                suppression.put("justification", f.waiverReason());
            }
            if (f.waiverUntil() != null) {
                suppression.putObject("properties").put("until", f.waiverUntil().toString())
                        .put("untilText", t.sarifWaivedUntil(f.waiverUntil()));
            }
        }
        return o;
    }

    /** A finding of the baseline no longer found: where it was (the file, not the stale line), as absent. */
    private static ObjectNode absent(ReportedFinding f, String structureKey, List<String> sources,
                                     Map<String, Integer> ruleIndex, Map<String, Integer> artifacts) {
        return common(f, structureKey, sources, ruleIndex, artifacts, false).put("baselineState", "absent");
    }

    private static ObjectNode common(ReportedFinding f, String structureKey, List<String> sources,
                                     Map<String, Integer> ruleIndex, Map<String, Integer> artifacts, boolean region) {
        ObjectNode o = JSON.createObjectNode().put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            o.put("ruleIndex", index);
        }
        o.put("level", level(f.severity()));
        o.set("message", text(f.message()));
        if (!sources.isEmpty()) {
            ObjectNode location = o.putArray("locations").addObject();
            location.set("physicalLocation", SarifLocations.physical(sources.get(0), artifacts,
                    region ? f.line() : 0, f.column()));
            if (f.path() != null && !f.path().isBlank()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.path())
                        .put("kind", "object");
            }
            ArrayNode related = JSON.createArrayNode();
            for (int i = 1; i < sources.size(); i++) {
                related.addObject().put("id", i).set("physicalLocation",
                        SarifLocations.physical(sources.get(i), artifacts, 0, 0));
            }
            if (!related.isEmpty()) {
                o.set("relatedLocations", related);
            }
        }
        o.putObject("partialFingerprints").put(FINGERPRINT,
                new FindingKey(structureKey, f.ruleId(), f.subject()).fingerprint());
        ObjectNode properties = o.putObject("properties").put("severity", f.severity().name())
                .put("subject", f.subject()).put("title", f.title()).put("recommendation", f.recommendation())
                .put("reference", f.reference());
        if (sources.size() > 1) {
            sources.forEach(properties.putArray("sources")::add);
        }
        return o;
    }

    /** Input errors (files not audited), failed rules and pack warnings: the tool's notifications. */
    private static void invocation(AuditRun run, ReportLabels t, Map<String, Integer> artifacts,
                                   ObjectNode invocation) {
        ArrayNode execution = JSON.createArrayNode();
        for (AuditReport r : run.reports()) {
            for (ReportedError e : r.errors()) {
                ObjectNode n = notice(SarifLocations.Notice.INPUT_ERROR, "error", e.message());
                n.putArray("locations").addObject().set("physicalLocation",
                        SarifLocations.physical(r.source(), artifacts, e.line(), e.column()));
                if (e.path() != null && !e.path().isBlank()) {
                    n.putObject("properties").put("path", e.path());
                }
                execution.add(n);
            }
            r.ruleFailures().forEach(f -> execution.add(failure(f, r.source(), t)));
        }
        run.portfolio().ruleFailures().forEach(f -> execution.add(failure(f, null, t)));
        invocation.put("executionSuccessful", execution.isEmpty());
        if (!execution.isEmpty()) {
            invocation.set("toolExecutionNotifications", execution);
        }
        ArrayNode configuration = JSON.createArrayNode();
        for (PackProblem p : run.packWarnings()) {
            configuration.add(notice(SarifLocations.Notice.PACK_WARNING, "warning", p.format()));
        }
        if (!configuration.isEmpty()) {
            invocation.set("toolConfigurationNotifications", configuration);
        }
    }

    private static ObjectNode failure(RuleFailure f, String source, ReportLabels t) {
        ObjectNode n = notice(SarifLocations.Notice.RULE_FAILURE, "error", t.sarifRuleFailed(f, source));
        n.putObject("associatedRule").put("id", f.ruleId());
        ObjectNode properties = n.putObject("properties").put("file", f.file()).put("line", f.line());
        if (source != null) {
            properties.put("source", source);
        }
        return n;
    }

    private static ObjectNode notice(SarifLocations.Notice notice, String level, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.putObject("descriptor").put("id", notice.id());
        n.put("level", level).set("message", text(message));
        return n;
    }

    /** One artifact per setup file of the run, in report order; their index by source. */
    private static Map<String, Integer> artifacts(AuditRun run, ArrayNode out) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (AuditReport r : run.reports()) {
            if (index.putIfAbsent(r.source(), index.size()) == null) {
                ObjectNode artifact = out.addObject();
                artifact.putObject("location").put("uri", SarifLocations.uri(r.source()));
                artifact.putArray("roles").add("analysisTarget");
                String mime = SarifLocations.mimeType(r.source());
                if (mime != null) {
                    artifact.put("mimeType", mime);
                }
            }
        }
        return index;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode text(String text) {
        return JSON.createObjectNode().put("text", text == null || text.isBlank() ? "-" : text);
    }
}
