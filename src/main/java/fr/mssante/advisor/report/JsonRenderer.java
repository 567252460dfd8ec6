package fr.mssante.advisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON report of the interface contract: one object for one named file, else
 * {@code {"reports": [...], "portfolio": {"findings": [...], "ruleFailures": [...]}}}. With a baseline,
 * each finding has its {@code baselineState} and each report and the portfolio a {@code fixed} list.
 */
public final class JsonRenderer implements ReportStream.Streamable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(AuditRun run, Lang lang) {
        try {
            return JSON.writeValueAsString(tree(run)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The multi-file shape written report by report: the same generator and pretty printer as
     * {@link #render}, so the bytes are the same (tested), without holding the reports.
     */
    @Override
    public ReportStream open(Writer out, Lang lang) throws IOException {
        JsonGenerator json = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("reports");
        return new ReportStream() {
            @Override
            public void report(AuditReport report) throws IOException {
                JSON.writeTree(json, JsonRenderer.this.report(report));
                json.flush();
            }

            @Override
            public void end(Portfolio portfolio, RunTotals totals) throws IOException {
                json.writeEndArray();
                json.writeFieldName("portfolio");
                JSON.writeTree(json, portfolio(portfolio));
                json.writeEndObject();
                json.flush();
                out.write(System.lineSeparator());
                out.flush();
            }
        };
    }

    public ObjectNode tree(AuditRun run) {
        if (run.single() && run.reports().size() == 1) {
            return report(run.reports().get(0));
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode reports = root.putArray("reports");
        run.reports().forEach(r -> reports.add(report(r)));
        root.set("portfolio", portfolio(run.portfolio()));
        return root;
    }

    /** {@code {"findings": [...], "ruleFailures": [...]}}: the second lists the portfolio rules that broke. */
    private static ObjectNode portfolio(Portfolio portfolio) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode findings = o.putArray("findings");
        portfolio.findings().forEach(p -> findings.add(portfolioFinding(p)));
        ruleFailures(o.putArray("ruleFailures"), portfolio.ruleFailures());
        if (portfolio.fixed() != null) {
            ArrayNode fixed = o.putArray("fixed");
            portfolio.fixed().forEach(p -> fixed.add(portfolioFinding(p)));
        }
        return o;
    }

    private static ObjectNode portfolioFinding(AuditRun.PortfolioFinding p) {
        ObjectNode f = finding(p.finding());
        p.sources().forEach(f.putArray("sources")::add);
        return f;
    }

    public ObjectNode report(AuditReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", r.source());
        o.put("asOf", r.asOf().toString());
        // Always an object, as the contract shows it: an unreadable file's name and FINESS are those it
        // could be read for, or null; it has no eligibility verdict.
        o.putObject("structure").put("name", r.structureName()).put("finess", r.finess());
        if (r.readable()) {
            o.put("eligibility", r.eligibility().name());
        } else {
            o.putNull("eligibility");
        }
        ObjectNode summary = o.putObject("summary");
        r.summary().forEach(summary::put);
        ArrayNode findings = o.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode errors = o.putArray("errors");
        r.errors().forEach(e -> errors.addObject().put("message", e.message()).put("path", e.path())
                .put("line", e.line()).put("column", e.column()));
        if (r.trustList() != null) {
            o.putObject("trustList").put("source", r.trustList().source())
                    .put("generatedAt", r.trustList().generatedAt()).put("domains", r.trustList().domains().size());
        }
        ruleFailures(o.putArray("ruleFailures"), r.ruleFailures());
        if (r.fixed() != null) {
            ArrayNode fixed = o.putArray("fixed");
            r.fixed().forEach(f -> fixed.add(finding(f)));
        }
        return o;
    }

    /** Rules that broke while running, as every JSON report of the tool lists them. */
    public static void ruleFailures(ArrayNode out, List<RuleFailure> failures) {
        for (RuleFailure f : failures) {
            out.addObject().put("ruleId", f.ruleId()).put("file", f.file()).put("line", f.line())
                    .put("message", f.message());
        }
    }

    private static ObjectNode finding(ReportedFinding f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ruleId", f.ruleId());
        o.put("severity", f.severity().name());
        o.put("subject", f.subject());
        o.put("path", f.path());
        o.put("line", f.line());
        o.put("column", f.column());
        o.put("title", f.title());
        o.put("message", f.message());
        o.put("recommendation", f.recommendation());
        o.put("reference", f.reference());
        o.put("waived", f.waived());
        if (f.waived()) {
            o.put("waiverReason", f.waiverReason());
            if (f.waiverUntil() != null) {
                o.put("waiverUntil", f.waiverUntil().toString());
            }
        }
        if (f.baselineState() != null) {
            o.put("baselineState", f.baselineState().json());
        }
        return o;
    }
}
