package fr.mssante.advisor.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent reading of a few catalogue rules (rule-catalogue.md), written straight over the
 * setup tree without any of the advisor's classes: for a generated setup, the advisor's findings of
 * these rules must be exactly the oracle's, no more, no fewer.
 */
final class RuleOracle {

    static final Set<String> RULES = Set.of("ELIG-FINESS-MISSING", "GOV-NO-USAGE-PROTOCOL", "GOV-NOT-DEPLOYED",
            "GOV-NO-DOCUMENT-INTEGRATION", "GOV-DEADLINE-PASSED", "BAL-OPERATOR-MISSING", "BAL-DOUBLE-INTEGRATION",
            "BAL-ORG-PER-USAGER", "BAL-DELETION-NOTICE", "FWD-DISTRIBUTION-LIST", "FWD-NOTIFICATION-WITH-CONTENT",
            "FWD-OUTSIDE-TRUST-SPACE", "FWD-AUTOMATIC", "ECH-PRESCRIPTION-STANDARD-EMAIL", "ECH-DOCTOLIB-NOT-MSSANTE",
            "PRO-ADMIN-WITHOUT-CPE", "PRO-NURSE-RPPS-PLUS", "PRO-NURSE-NOT-REGISTERED");

    private RuleOracle() {
    }

    /** "RULE-ID subject" for every finding of {@link #RULES} the setup should give on {@code asOf}. */
    static Set<String> expected(JsonNode setup, LocalDate asOf) {
        Set<String> out = new TreeSet<>();
        JsonNode structure = setup.path("structure");
        JsonNode deployment = setup.path("deployment");
        if (structure.path("finess").asText("").isBlank()) {
            out.add("ELIG-FINESS-MISSING structure");
        }
        if (!structure.path("usageProtocol").asBoolean(false)) {
            out.add("GOV-NO-USAGE-PROTOCOL structure");
        }
        boolean deployed = deployment.path("deployed").asBoolean();
        if (!deployed && !deployment.has("programme")) {
            out.add("GOV-NOT-DEPLOYED structure");
        }
        if (!deployed && deployment.has("programme")
                && LocalDate.parse(deployment.path("programme").path("deadline").asText()).isBefore(asOf)) {
            out.add("GOV-DEADLINE-PASSED structure");
        }
        if (deployed && !structure.path("documentIntegration").asBoolean(false)) {
            out.add("GOV-NO-DOCUMENT-INTEGRATION structure");
        }
        for (JsonNode m : setup.path("mailboxes")) {
            String id = m.path("id").asText();
            if (!m.has("operator")) {
                out.add("BAL-OPERATOR-MISSING " + id);
            }
            Set<String> clients = new TreeSet<>();
            m.path("clients").forEach(c -> clients.add(c.asText()));
            if (clients.contains("DUI") && clients.contains("OFFICE_365")) {
                out.add("BAL-DOUBLE-INTEGRATION " + id);
            }
            if (m.path("type").asText().equals("ORG") && m.has("usager")) {
                out.add("BAL-ORG-PER-USAGER " + id);
            }
            if (m.path("status").asText().equals("DELETION_REQUESTED")) {
                out.add("BAL-DELETION-NOTICE " + id);
            }
            if (m.has("distributionList")) {
                out.add("FWD-DISTRIBUTION-LIST " + id);
            }
            if (m.path("notification").path("includesContent").asBoolean(false)) {
                out.add("FWD-NOTIFICATION-WITH-CONTENT " + id);
            }
            for (JsonNode f : m.path("forwarding")) {
                boolean inside = inTrustSpace(f.path("to").asText());
                if (!inside) {
                    out.add("FWD-OUTSIDE-TRUST-SPACE " + id);
                } else if (f.path("automatic").asBoolean(true)) {
                    out.add("FWD-AUTOMATIC " + id);
                }
            }
        }
        for (JsonNode e : setup.path("exchanges")) {
            String id = e.path("id").asText();
            String channel = e.path("channel").asText();
            if (channel.equals("STANDARD_EMAIL") && e.path("content").asText().equals("PRESCRIPTION")) {
                out.add("ECH-PRESCRIPTION-STANDARD-EMAIL " + id);
            }
            if (channel.equals("DOCTOLIB") && e.path("healthData").asBoolean(true)) {
                out.add("ECH-DOCTOLIB-NOT-MSSANTE " + id);
            }
        }
        for (JsonNode p : setup.path("professionals")) {
            String id = p.path("id").asText();
            if (p.path("establishmentAdmin").asBoolean(false) && !p.path("card").asText("NONE").equals("CPE")) {
                out.add("PRO-ADMIN-WITHOUT-CPE " + id);
            }
            boolean careNurse = p.path("profession").asText().equals("INFIRMIER")
                    && p.path("role").asText("CARE").equals("CARE");
            String registeredBy = p.path("registeredBy").asText("NONE");
            if (careNurse && registeredBy.equals("RPPS_PLUS")) {
                out.add("PRO-NURSE-RPPS-PLUS " + id);
            }
            if (careNurse && registeredBy.equals("NONE")) {
                out.add("PRO-NURSE-NOT-REGISTERED " + id);
            }
        }
        return out;
    }

    /**
     * The default trust space of setup-format.md ({@code *.mssante.fr} and Apicrypt's two domains,
     * exactly the forms of the official whitelist),
     * for a valid address only: the catalogue counts a malformed address as outside. Validity is checked
     * only as far as the generator's addresses need (dots in the local part).
     */
    static boolean inTrustSpace(String address) {
        String local = address.substring(0, address.lastIndexOf('@'));
        if (local.isEmpty() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.endsWith(".mssante.fr") || domain.equals("interop-mssante.apicrypt.org")
                || domain.equals("mssante.apicrypt.org");
    }
}
