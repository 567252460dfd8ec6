package fr.mssante.advisor.serve;

import fr.mssante.advisor.i18n.Lang;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: the {@code lang} parameter when it is {@code fr} or {@code en}, else the first
 * of French and English the {@code Accept-Language} header prefers, else the service's ({@code --lang},
 * French by default). Reports, catalogue texts and problems all follow the same rule.
 */
final class Languages {

    private static final List<String> OFFERED = List.of("fr", "en");

    private Languages() {
    }

    static Lang of(Context ctx, Lang fallback) {
        Lang asked = Lang.parse(ctx.queryParam("lang"));
        return asked != null ? asked : fromHeader(ctx.header("Accept-Language"), fallback);
    }

    /** The language {@code Accept-Language} prefers among French and English; a malformed header is ignored. */
    static Lang fromHeader(String acceptLanguage, Lang fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            Lang lang = Lang.parse(tag);
            return lang != null ? lang : fallback;
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }
}
