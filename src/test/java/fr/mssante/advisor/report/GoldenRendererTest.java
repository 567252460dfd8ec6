package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.mssante.advisor.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format of {@link Renderers.Format}, in both languages, renders {@link ReportFixture} exactly
 * as {@code src/test/resources/report-golden/<format>.<lang>.<ext>}. A new format without a golden
 * file fails here: the file is written from its first output, to be read before it is committed.
 * Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate change.
 */
class GoldenRendererTest {

    private static final Path GOLDEN = Path.of("src/test/resources/report-golden");

    static Stream<Arguments> formatsAndLanguages() {
        return Arrays.stream(Renderers.Format.values())
                .flatMap(f -> Arrays.stream(Lang.values()).map(l -> Arguments.of(f, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    void rendersTheFixtureAsItsGoldenFile(Renderers.Format format, Lang lang) throws IOException {
        String got = format.renderer().render(ReportFixture.run(lang), lang).replace("\r\n", "\n");
        Path golden = GOLDEN.resolve(format.name().toLowerCase(Locale.ROOT) + "." + lang.code() + "." + extension(format));
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, got, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                fail("No golden file yet: wrote " + golden + " from this output; read it, then run again.");
            }
        }
        assertThat(got).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /** The words around the findings follow the language; only JSON and SARIF have none of their own. */
    @ParameterizedTest
    @EnumSource(value = Renderers.Format.class, names = {"JSON", "SARIF"}, mode = EnumSource.Mode.EXCLUDE)
    void englishReportsUseEnglishLabels(Renderers.Format format) {
        String en = format.renderer().render(ReportFixture.run(Lang.EN), Lang.EN);
        assertThat(en).contains("Why:", "Eligibility: ELIGIBLE", "Summary: 2 errors, 1 warning")
                .doesNotContain("Pourquoi", "Éligibilité", "Bilan");
        String fr = format.renderer().render(ReportFixture.run(Lang.FR), Lang.FR);
        assertThat(fr).contains("Pourquoi :", "Éligibilité : ÉLIGIBLE", "Bilan : 2 erreurs, 1 avertissement")
                .doesNotContain("Why:");
    }

    private static String extension(Renderers.Format format) {
        return switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case MARKDOWN -> "md";
            case HTML -> "html";
            case JUNIT -> "xml";
            case SARIF -> "sarif";
        };
    }
}
