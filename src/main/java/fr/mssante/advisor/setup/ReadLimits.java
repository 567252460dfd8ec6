package fr.mssante.advisor.setup;

/**
 * Bounds on what one setup file may hold, so that a hostile or broken file (an alias "bomb", a
 * gigabyte log pasted by mistake, thousands of nested brackets) is refused with a message instead of
 * exhausting memory or time. Every bound is far above what a real structure needs.
 *
 * @param maxFileBytes   size of the file on disk (the only one users usually need to change)
 * @param maxDepth       nesting of lists and objects (the format itself needs 5)
 * @param maxStringChars length of one text value or field name
 * @param maxEntries     items in one list or fields in one object
 * @param maxNodes       values in the whole document once YAML aliases are expanded
 * @param maxAliases     YAML aliases ({@code *name}) that repeat a list or an object
 * @param maxYamlLineChars one line of a YAML file: SnakeYAML slows down with the square of a line's
 *                       length (8 MiB on one line: about 20 s), many short lines cost nothing
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringChars, int maxEntries, int maxNodes,
                         int maxAliases, int maxYamlLineChars) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public static final ReadLimits DEFAULTS =
            new ReadLimits(DEFAULT_MAX_FILE_BYTES, 64, 10_000, 10_000, 250_000, 50, 100_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxStringChars <= 0 || maxEntries <= 0 || maxNodes <= 0
                || maxAliases < 0 || maxYamlLineChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults with another file size bound ({@code --max-file-size}). */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringChars, maxEntries, maxNodes, maxAliases, maxYamlLineChars);
    }
}
