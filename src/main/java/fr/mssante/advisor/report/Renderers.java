package fr.mssante.advisor.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats the command line offers, by name. */
public final class Renderers {

    private Renderers() {
    }

    public enum Format {
        TEXT(TextRenderer::new), JSON(JsonRenderer::new), MARKDOWN(MarkdownRenderer::new), HTML(HtmlRenderer::new),
        JUNIT(JunitRenderer::new), SARIF(SarifRenderer::new);

        private final Supplier<Renderer> factory;

        Format(Supplier<Renderer> factory) {
            this.factory = factory;
        }

        public Renderer renderer() {
            return factory.get();
        }

        public static Format parse(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                    .findFirst().orElse(null);
        }

        public static String names() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
    }
}
