package fr.mssante.advisor.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed setup document with the position of every node, keyed by its path in the tree
 * ({@code structure.finess}, {@code mailboxes[0].forwarding[1]}). Jackson's tree keeps no
 * positions, so the reader records them here.
 */
public record LocatedTree(JsonNode root, Map<String, SourceLocation> keyLocations,
                          Map<String, SourceLocation> valueLocations) {

    /** Where the node at {@code path} starts: its key when it has one, else its value. */
    public SourceLocation locate(String path) {
        String p = path;
        while (p != null) {
            SourceLocation key = keyLocations.get(p);
            if (key != null) {
                return key;
            }
            SourceLocation value = valueLocations.get(p);
            if (value != null) {
                return value;
            }
            p = parentOf(p);
        }
        return valueLocations.getOrDefault("", SourceLocation.UNKNOWN);
    }

    /** Where the value at {@code path} is written (falls back to {@link #locate}). */
    public SourceLocation locateValue(String path) {
        SourceLocation value = valueLocations.get(path);
        return value != null ? value : locate(path);
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""} → null. */
    public static String parentOf(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** The tree below {@code prefix}, with paths made relative to it (for setups inlined in scenarios). */
    public LocatedTree subtree(String prefix, JsonNode subRoot) {
        return new LocatedTree(subRoot, relative(keyLocations, prefix), relative(valueLocations, prefix));
    }

    private static Map<String, SourceLocation> relative(Map<String, SourceLocation> all, String prefix) {
        Map<String, SourceLocation> out = new java.util.HashMap<>();
        all.forEach((path, loc) -> {
            if (path.equals(prefix)) {
                out.put("", loc);
            } else if (path.startsWith(prefix + ".")) {
                out.put(path.substring(prefix.length() + 1), loc);
            } else if (path.startsWith(prefix + "[")) {
                out.put(path.substring(prefix.length()), loc);
            }
        });
        return out;
    }
}
