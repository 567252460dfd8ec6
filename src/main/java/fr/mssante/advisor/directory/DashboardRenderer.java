package fr.mssante.advisor.directory;

import fr.mssante.advisor.i18n.Lang;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Writes a dashboard in one format. Renderers only read the model. */
public interface DashboardRenderer {

    String render(Dashboard dashboard, Lang lang);

    /** The formats of {@code directory --format}. */
    enum Format {
        TEXT(DashboardTextRenderer::new), JSON(DashboardJsonRenderer::new), CSV(DashboardCsvRenderer::new),
        HTML(DashboardHtmlRenderer::new);

        private final Supplier<DashboardRenderer> renderer;

        Format(Supplier<DashboardRenderer> renderer) {
            this.renderer = renderer;
        }

        public DashboardRenderer renderer() {
            return renderer.get();
        }

        /** Null when {@code name} is not a format. */
        public static Format parse(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                    .findFirst().orElse(null);
        }

        public static String names() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
    }
}
