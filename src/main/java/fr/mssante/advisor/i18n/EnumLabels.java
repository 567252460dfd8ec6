package fr.mssante.advisor.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The words for the setup format's codes ({@code AIDE_SOIGNANT} → "aide-soignant", card {@code NONE} →
 * "aucune carte"), by field, read from {@code labels.yaml} beside this class. Sentences use the words;
 * JSON keeps the codes.
 */
public final class EnumLabels {

    private static final JsonNode LABELS = read();

    private EnumLabels() {
    }

    /** True when {@code field} is a field whose codes have words ({@code profession}, {@code card}…). */
    public static boolean knows(String field) {
        return LABELS.has(field);
    }

    /** The word for {@code code} of {@code field} in {@code lang}, or the code itself when it has none. */
    public static String label(String field, String code, Lang lang) {
        JsonNode pair = LABELS.path(field).path(code);
        return pair.isArray() && pair.size() == 2 ? pair.get(lang == Lang.EN ? 1 : 0).asText() : code;
    }

    private static JsonNode read() {
        try (InputStream in = EnumLabels.class.getResourceAsStream("labels.yaml")) {
            if (in == null) {
                throw new IllegalStateException("labels.yaml is missing from the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
