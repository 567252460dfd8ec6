package fr.mssante.advisor.api;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditRun;
import fr.mssante.advisor.report.Renderers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run written in any report format of the command line, by the command line's own renderers applied to
 * the same internal run, so that a report read through the API and one printed by {@code audit} can never
 * differ. Each format is written on demand, once.
 */
final class Rendering {

    private final AuditRun run;
    private final Lang lang;
    /** Each format written at most once, and only when asked for. */
    private final Map<Renderers.Format, String> written = new ConcurrentHashMap<>();

    Rendering(AuditRun run, Lang lang) {
        this.run = run;
        this.lang = lang;
    }

    /** The names of the formats, as {@code audit --format} takes them. */
    static List<String> formats() {
        return Arrays.stream(Renderers.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    String json() {
        return written(Renderers.Format.JSON);
    }

    private String written(Renderers.Format format) {
        return written.computeIfAbsent(format, f -> f.renderer().render(run, lang));
    }

    String render(String format) {
        Renderers.Format f = Renderers.Format.parse(format);
        if (f == null) {
            throw new IllegalArgumentException("unknown report format: " + format + " (one of " + formats() + ")");
        }
        return written(f);
    }
}
