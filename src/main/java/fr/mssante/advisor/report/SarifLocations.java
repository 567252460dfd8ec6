package fr.mssante.advisor.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.findings.ReportedFinding;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where SARIF results and notifications point: setup files as URIs relative to the working directory. */
final class SarifLocations {

    /** The kinds of notification the SARIF log gives (described in {@code tool.driver.notifications}). */
    enum Notice {
        INPUT_ERROR("INPUT-ERROR"), RULE_FAILURE("RULE-FAILURE"), PACK_WARNING("PACK-WARNING");

        private final String id;

        Notice(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    private SarifLocations() {
    }

    /**
     * The setup file's URI: relative to the working directory when it is there or below (as SARIF
     * viewers resolve it against the checkout), else an absolute {@code file:} URI; non-ASCII characters
     * and spaces percent-encoded.
     */
    static String uri(String source) {
        Path path;
        try {
            path = Path.of(source).normalize();
        } catch (InvalidPathException e) {
            return encode(source);
        }
        if (path.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath().normalize();
            if (!path.startsWith(cwd)) {
                return path.toUri().toASCIIString();
            }
            path = cwd.relativize(path);
        }
        return encode(path.toString().replace(File.separatorChar, '/'));
    }

    private static String encode(String relative) {
        // A colon in the first segment would read as a scheme: "./" keeps the reference relative.
        String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        String safe = first.contains(":") ? "./" + relative : relative;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            return safe.replace(" ", "%20");
        }
    }

    static String mimeType(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") ? "application/yaml" : null;
    }

    /** A physical location in a setup file; the region only when the line is known. */
    static ObjectNode physical(String source, Map<String, Integer> artifacts, int line, int column) {
        ObjectNode physical = JsonNodeFactory.instance.objectNode();
        ObjectNode artifact = physical.putObject("artifactLocation").put("uri", uri(source));
        Integer index = artifacts.get(source);
        if (index != null) {
            artifact.put("index", index);
        }
        if (line > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        return physical;
    }

    /** Every finding of the run, fixed ones included, in the order the results list them. */
    static List<ReportedFinding> allFindings(AuditRun run) {
        List<ReportedFinding> all = new ArrayList<>();
        for (AuditReport r : run.reports()) {
            all.addAll(r.findings());
            if (r.fixed() != null) {
                all.addAll(r.fixed());
            }
        }
        run.portfolio().findings().forEach(p -> all.add(p.finding()));
        if (run.portfolio().fixed() != null) {
            run.portfolio().fixed().forEach(p -> all.add(p.finding()));
        }
        return all;
    }
}
