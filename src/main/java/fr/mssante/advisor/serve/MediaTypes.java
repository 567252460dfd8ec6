package fr.mssante.advisor.serve;

import java.util.Locale;
import java.util.Map;

/** The content types the API reads and writes. */
final class MediaTypes {

    /** What {@code POST /api/v1/audit} reads, and whether it is JSON (else YAML). */
    static final Map<String, Boolean> SETUP_TYPES = Map.of("application/yaml", false, "application/x-yaml", false,
            "text/yaml", false, "application/json", true);

    static final String MULTIPART = "multipart/form-data";

    private static final Map<String, String> REPORT_TYPES = Map.of("json", "application/json",
            "text", "text/plain", "markdown", "text/markdown", "html", "text/html", "junit", "application/xml",
            "sarif", "application/sarif+json");

    private MediaTypes() {
    }

    /** {@code type/subtype}, lower case, without parameters; empty when there is none. */
    static String essence(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a setup sent as {@code contentType} is JSON; 415 for any other type, or for a charset other
     * than UTF-8 (the reader is strict UTF-8, as the command line is).
     */
    static boolean setupIsJson(String contentType) {
        String type = essence(contentType);
        Boolean json = SETUP_TYPES.get(type);
        if (json == null) {
            String accepted = String.join(", ", SETUP_TYPES.keySet().stream().sorted().toList());
            String hint = type.equals(MULTIPART) ? " Pour plusieurs fichiers : POST /api/v1/audits." : "";
            String hintEn = type.equals(MULTIPART) ? " For several files: POST /api/v1/audits." : "";
            throw new ProblemException(Problem.UNSUPPORTED_TYPE,
                    (type.isEmpty() ? "Le type du contenu (Content-Type) manque." : "Type de contenu « " + type
                            + " » non pris en charge.") + " Types acceptés : " + accepted + "." + hint,
                    (type.isEmpty() ? "The Content-Type is missing." : "Content type « " + type
                            + " » is not supported.") + " Accepted types: " + accepted + "." + hintEn,
                    Map.of("accepted", SETUP_TYPES.keySet().stream().sorted().toList()));
        }
        String charset = parameter(contentType, "charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(Problem.UNSUPPORTED_TYPE,
                    "Jeu de caractères « " + charset + " » non pris en charge : envoyez le fichier en UTF-8.",
                    "Charset « " + charset + " » is not supported: send the file in UTF-8.");
        }
        return json;
    }

    /** 415 unless {@code contentType} is {@code multipart/form-data}. */
    static void requireMultipart(String contentType) {
        String type = essence(contentType);
        if (!type.equals(MULTIPART)) {
            String hint = SETUP_TYPES.containsKey(type) ? " Pour un seul fichier : POST /api/v1/audit." : "";
            String hintEn = SETUP_TYPES.containsKey(type) ? " For one file: POST /api/v1/audit." : "";
            throw new ProblemException(Problem.UNSUPPORTED_TYPE,
                    (type.isEmpty() ? "Le type du contenu (Content-Type) manque" : "Type de contenu « " + type + " »")
                            + " : cette adresse attend des fichiers en multipart/form-data." + hint,
                    (type.isEmpty() ? "The Content-Type is missing" : "Content type « " + type + " »")
                            + ": this address expects files as multipart/form-data." + hintEn,
                    Map.of("accepted", java.util.List.of(MULTIPART)));
        }
    }

    /** The value of parameter {@code name} of a content type ({@code boundary}, {@code charset}), or null. */
    static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String v = part.substring(eq + 1).trim();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    /** The content type of a report format (UTF-8). */
    static String ofReport(String format) {
        return REPORT_TYPES.getOrDefault(format, "text/plain") + ";charset=utf-8";
    }
}
