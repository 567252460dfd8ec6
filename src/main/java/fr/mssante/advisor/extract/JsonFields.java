package fr.mssante.advisor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the FINESS JSON flux as it drifts: the published example writes
 * {@code informationsGeneralesPMEJ} and plain string codes, the published schema
 * {@code informationsGeneralesPmej}, {@code pm_smsseId} and codes as {@code {"code", "system"}} objects.
 * Keys are therefore matched without case and underscores, and a code is read in either form.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The comparable form of a key: {@code informationsGeneralesPMEJ} → {@code informationsgeneralespmej}. */
    static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The member of {@code object} named {@code name} in any spelling, or a missing node. */
    static JsonNode get(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        String wanted = key(name);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (key(e.getKey()).equals(wanted)) {
                return e.getValue();
            }
        }
        return MissingNode.getInstance();
    }

    /** The first of the names {@code object} has, in any spelling, or a missing node. */
    static JsonNode first(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode v = get(object, name);
            if (!v.isMissingNode() && !v.isNull()) {
                return v;
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * A code or text: a plain string (trimmed: the flux pads some names with spaces), a number, or the
     * {@code code} of a {@code {"code": "…", "system": "…"}} object. Null when absent or empty.
     */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return text(get(node, "code"));
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String t = node.asText().trim();
        return t.isEmpty() ? null : t;
    }
}
