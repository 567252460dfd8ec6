package fr.mssante.advisor.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.extract.MalformedLines;
import fr.mssante.advisor.extract.UnmappedCode;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.JsonRenderer;
import java.io.UncheckedIOException;

/**
 * The dashboard as JSON: {@code departments}, {@code categories}, {@code structures} (each with its
 * {@code mailboxes} by type, with the RPPS its {@code professionals}, and its {@code findings}), then
 * {@code rules} (applied, notApplicable, needingRpps), {@code trustSpace}, {@code inputs} (malformed
 * lines included) and {@code ruleFailures}. The professionals' counts are there only with the RPPS:
 * without it, nobody knows them (a 0 would say the wrong thing).
 */
final class DashboardJsonRenderer implements DashboardRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Dashboard d, Lang lang) {
        try {
            return JSON.writeValueAsString(tree(d)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode tree(Dashboard d) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode departments = root.putArray("departments");
        d.departments().forEach(a -> departments.add(area(a, d.withRpps())));
        ArrayNode categories = root.putArray("categories");
        d.categories().forEach(a -> categories.add(area(a, d.withRpps())));
        ArrayNode structures = root.putArray("structures");
        for (Dashboard.StructureRow s : d.structures()) {
            ObjectNode o = structures.addObject();
            o.put("finess", s.finess());
            o.put("name", s.name());
            o.put("category", s.category());
            o.put("categoryLabel", s.categoryLabel());
            o.put("department", s.department());
            ObjectNode boxes = o.putObject("mailboxes");
            boxes.put("PER", s.mailboxes("PER"));
            boxes.put("ORG", s.mailboxes("ORG"));
            boxes.put("APP", s.mailboxes("APP"));
            if (s.mailboxes("CAB") > 0) {
                boxes.put("CAB", s.mailboxes("CAB"));
            }
            if (s.staff() != null) {
                ObjectNode staff = o.putObject("professionals");
                staff.put("registered", s.staff().people());
                staff.put("qualified", s.staff().qualified());
                ArrayNode byProfession = staff.putArray("byProfession");
                s.staff().byProfession().forEach(p -> byProfession.addObject().put("code", p.code())
                        .put("label", p.label()).put("mapped", p.mapped()).put("count", p.count()));
            }
            ArrayNode findings = o.putArray("findings");
            s.findings().forEach(f -> findings.add(finding(f)));
        }
        ObjectNode rules = root.putObject("rules");
        ArrayNode applied = rules.putArray("applied");
        d.rulesApplied().forEach(r -> applied.addObject().put("ruleId", r.id()).put("severity", r.severity().name())
                .put("title", r.title()).put("recommendation", r.recommendation()).put("findings", r.findings()));
        ArrayNode notApplicable = rules.putArray("notApplicable");
        d.rulesNotApplicable().forEach(notApplicable::add);
        ArrayNode needingRpps = rules.putArray("needingRpps");
        d.rulesNeedingRpps().forEach(needingRpps::add);
        ObjectNode trust = root.putObject("trustSpace");
        trust.put("source", d.trustSpace().file() == null ? "pack" : "whitelist");
        trust.put("file", d.trustSpace().file());
        trust.put("domains", d.trustSpace().domains());
        d.trustSpace().suffixes().forEach(trust.putArray("suffixes")::add);
        trust.put("generatedAt", d.trustSpace().generation());
        inputs(root.putObject("inputs"), d.inputs());
        JsonRenderer.ruleFailures(root.putArray("ruleFailures"), d.ruleFailures());
        return root;
    }

    private static ObjectNode area(Dashboard.Area a, boolean withRpps) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", a.code());
        o.put("label", a.label());
        o.put("structures", a.structures());
        o.put("equipped", a.equipped());
        o.put("withOrg", a.withOrg());
        o.put("withPer", a.withPer());
        o.put("withApp", a.withApp());
        o.put("mailboxes", a.mailboxes());
        o.put("withFindings", a.withFindings());
        o.put("equipmentRate", Math.round(a.equipmentRate() * 1000) / 1000.0);
        o.put("orgRate", Math.round(a.orgRate() * 1000) / 1000.0);
        if (withRpps) {
            o.put("professionals", a.professionals());
            o.put("withoutQualified", a.withoutQualified());
        }
        return o;
    }

    /**
     * The audit report's finding fields that differ from one finding to the next; the rule's title and
     * recommendation are given once, under {@code rules.applied} (tens of thousands of findings at
     * national scale would repeat them).
     */
    private static ObjectNode finding(ReportedFinding f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ruleId", f.ruleId());
        o.put("severity", f.severity().name());
        o.put("subject", f.subject());
        o.put("message", f.message());
        return o;
    }

    private static void inputs(ObjectNode o, Dashboard.Inputs in) {
        ObjectNode finess = o.putObject("finess");
        finess.put("file", in.finessFile());
        finess.put("publication", in.finess().publication().name());
        finess.put("publishedOn", in.finess().publishedOn() == null ? null : in.finess().publishedOn().toString());
        finess.put("encoding", in.finess().charset().name());
        finess.put("lines", in.finess().lines());
        finess.put("establishments", in.finess().establishments());
        finess.put("inScope", in.inScope());
        finess.put("closedLeftOut", in.read().closedLeftOut());
        finess.put("repeated", in.read().repeatedEstablishments());
        malformed(finess, in.finess().malformed());
        ObjectNode mssante = o.putObject("mssante");
        mssante.put("file", in.mailboxFile());
        mssante.put("zipEntry", in.mailboxes().zipEntry());
        mssante.put("encoding", in.mailboxes().charset().name());
        mssante.put("lines", in.mailboxes().lines());
        mssante.put("mailboxes", in.mailboxes().mailboxes());
        mssante.put("withFiness", in.mailboxes().withFiness());
        mssante.put("attached", in.attachedMailboxes());
        mssante.put("folded", in.read().foldedMailboxes());
        mssante.put("other", in.otherMailboxes());
        malformed(mssante, in.mailboxes().malformed());
        if (in.rpps() != null) {
            ObjectNode rpps = o.putObject("rpps");
            rpps.put("file", in.rppsFile());
            rpps.put("publishedOn", in.rpps().publishedOn() == null ? null : in.rpps().publishedOn().toString());
            rpps.put("encoding", in.rpps().charset().name());
            rpps.put("lines", in.rpps().lines());
            rpps.put("columns", in.rpps().columns());
            rpps.put("activities", in.rpps().activities());
            rpps.put("withFinessSite", in.rpps().withFinessSite());
            rpps.put("attached", in.read().attachedActivities());
            rpps.put("other", in.read().otherActivities());
            malformed(rpps, in.rpps().malformed());
        }
        ArrayNode unmapped = o.putArray("unmapped");
        for (UnmappedCode u : in.read().unmapped()) {
            ObjectNode n = unmapped.addObject();
            n.put("kind", u.kind().name());
            n.put("code", u.code());
            n.put("label", u.label());
            n.put("count", u.count());
        }
        ObjectNode scope = o.putObject("scope");
        in.categoriesInScope().forEach(scope.putArray("categories")::add);
        in.departmentsInScope().forEach(scope.putArray("departments")::add);
    }

    private static void malformed(ObjectNode o, MalformedLines m) {
        ObjectNode node = o.putObject("malformed");
        node.put("count", m.count());
        m.firstLines().forEach(node.putArray("firstLines")::add);
    }
}
