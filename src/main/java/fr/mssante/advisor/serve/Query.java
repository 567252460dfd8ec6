package fr.mssante.advisor.serve;

import fr.mssante.advisor.api.Language;
import fr.mssante.advisor.api.Report;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.read.Suggestions;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked: a parameter the route does not take, or one given twice,
 * is a 400 naming it (with the closest one it takes), never ignored; {@code asOf}, {@code lang} and
 * {@code format} are read as {@code audit}'s {@code --as-of}, {@code --lang} and {@code --format}.
 */
final class Query {

    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Map<String, List<String>> params;
    private final Lang fallback;
    private final Context ctx;

    private Query(Context ctx, Map<String, List<String>> params, Lang fallback) {
        this.ctx = ctx;
        this.params = params;
        this.fallback = fallback;
    }

    /** The parameters of {@code ctx}, refused (400) when one is not in {@code accepted} or is repeated. */
    static Query of(Context ctx, Set<String> accepted, Lang fallback) {
        String raw = ctx.queryString();
        if (raw != null && MALFORMED_ESCAPE.matcher(raw).find()) {
            // The framework would drop such a pair without a word: the client is told instead.
            throw new ProblemException(Problem.BAD_PARAMETER, "Les paramètres de l'adresse sont mal encodés (un « % »"
                    + " doit être suivi de deux chiffres hexadécimaux).", "The query string is badly encoded (a « % »"
                    + " must be followed by two hexadecimal digits).");
        }
        Map<String, List<String>> params = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            if (!accepted.contains(name)) {
                String close = Suggestions.closest(name, accepted).orElse(null);
                String list = accepted.isEmpty() ? "aucun" : String.join(", ", accepted.stream().sorted().toList());
                String listEn = accepted.isEmpty() ? "none" : String.join(", ", accepted.stream().sorted().toList());
                throw new ProblemException(Problem.UNKNOWN_PARAMETER,
                        "Paramètre inconnu « " + name + " »" + (close == null ? "" : " : vouliez-vous dire « "
                                + close + " » ?") + " Paramètres acceptés ici : " + list + ".",
                        "Unknown parameter « " + name + " »" + (close == null ? "" : ": did you mean « " + close
                                + " »?") + " Parameters taken here: " + listEn + ".",
                        close == null ? Map.of("parameter", name) : Map.of("parameter", name, "suggestion", close));
            }
            if (p.getValue().size() > 1) {
                throw bad(name, "Le paramètre « " + name + " » est donné " + p.getValue().size() + " fois ; donnez-le une"
                        + " seule fois.", "The parameter « " + name + " » is given " + p.getValue().size() + " times;"
                        + " give it once.");
            }
        }
        return new Query(ctx, params, fallback);
    }

    private String value(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** {@code asOf=YYYY-MM-DD}, or null (the day of the audit). */
    LocalDate asOf() {
        String v = value("asOf");
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw bad("asOf", "asOf « " + v + " » : date attendue sous la forme AAAA-MM-JJ, par exemple 2026-01-15.",
                    "asOf « " + v + " »: expected a date as YYYY-MM-DD, e.g. 2026-01-15.");
        }
    }

    /** {@code lang=fr|en}, else what {@code Accept-Language} prefers, else the service's language. */
    Lang lang() {
        String v = value("lang");
        if (v != null && Lang.parse(v) == null) {
            throw bad("lang", "lang « " + v + " » : fr (français) ou en (anglais).",
                    "lang « " + v + " »: fr (French) or en (English).");
        }
        return Languages.of(ctx, fallback);
    }

    Language language() {
        return lang() == Lang.EN ? Language.EN : Language.FR;
    }

    /** {@code format}: {@code json} by default, or any report format of {@code audit --format}. */
    String format() {
        String v = value("format");
        if (v == null) {
            return "json";
        }
        String f = v.trim().toLowerCase(Locale.ROOT);
        if (!Report.formats().contains(f)) {
            String all = String.join(", ", Report.formats());
            throw bad("format", "format « " + v + " » : formats acceptés : " + all + ".",
                    "format « " + v + " »: accepted formats: " + all + ".");
        }
        return f;
    }

    private static ProblemException bad(String parameter, String fr, String en) {
        return new ProblemException(Problem.BAD_PARAMETER, fr, en, Map.of("parameter", parameter));
    }
}
