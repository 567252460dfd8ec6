package fr.mssante.advisor.setup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed setup document with the position of every node, keyed by its path in the tree
 * ({@code structure.finess}, {@code mailboxes[0].forwarding[1]}). Jackson's tree keeps no
 * positions, so the reader records them here.
 *
 * @param keyLocations where each key is written, including keys written with an empty value
 *                     (which the tree leaves out)
 * @param numbers      paths of the values written as numbers: the tree keeps them as their text
 *                     (a FINESS keeps its leading zero), messages say what was written
 */
public record LocatedTree(JsonNode root, Map<String, SourceLocation> keyLocations,
                          Map<String, SourceLocation> valueLocations, Set<String> numbers) {

    public LocatedTree {
        numbers = Set.copyOf(numbers);
    }

    /** True when the value at {@code path} was written as a number ({@code 1}, not {@code "1"}). */
    public boolean writtenAsNumber(String path) {
        return numbers.contains(path);
    }

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
        Set<String> subNumbers = new HashSet<>();
        numbers.forEach(path -> Optional.ofNullable(relative(path, prefix)).ifPresent(subNumbers::add));
        return new LocatedTree(subRoot, relative(keyLocations, prefix), relative(valueLocations, prefix), subNumbers);
    }

    private static Map<String, SourceLocation> relative(Map<String, SourceLocation> all, String prefix) {
        Map<String, SourceLocation> out = new HashMap<>();
        all.forEach((path, loc) -> Optional.ofNullable(relative(path, prefix)).ifPresent(r -> out.put(r, loc)));
        return out;
    }

    /** {@code path} seen from {@code prefix} ({@code a.b[0].c} from {@code a.b} is {@code [0].c}); null outside it. */
    private static String relative(String path, String prefix) {
        if (path.equals(prefix)) {
            return "";
        }
        if (path.startsWith(prefix + ".")) {
            return path.substring(prefix.length() + 1);
        }
        return path.startsWith(prefix + "[") ? path.substring(prefix.length()) : null;
    }
}
