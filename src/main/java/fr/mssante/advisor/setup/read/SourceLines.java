package fr.mssante.advisor.setup.read;

import fr.mssante.advisor.setup.SourceLocation;

/**
 * The text of a setup file seen as lines, for the syntax explanations that quote a line or look at
 * what precedes the place a parser stopped. Lines and columns count from 1, in code points (as
 * SnakeYAML counts them; the same as Jackson's for text without emoji).
 */
record SourceLines(String text) {

    /** Line {@code number} without its line break; empty past the end. */
    String line(int number) {
        int start = 0;
        for (int n = 1; n < number; n++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return "";
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The part of line {@code number} before {@code column} (1-based, in code points). */
    String before(int number, int column) {
        String line = line(number);
        int cut = line.offsetByCodePoints(0, Math.min(Math.max(column - 1, 0), line.codePointCount(0, line.length())));
        return line.substring(0, cut);
    }

    /** The part of line {@code number} from {@code column} on. */
    String from(int number, int column) {
        String line = line(number);
        return line.substring(before(number, column).length());
    }

    /** Where the code point at {@code index} (counted from 0 in the whole text) is. */
    SourceLocation locationOf(int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i = text.offsetByCodePoints(i, 1), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(line, column);
    }

    /**
     * The place just after the last character that is not a space before {@code line}:{@code column}
     * (where a missing comma goes), or the given place when nothing precedes it.
     */
    SourceLocation afterPreviousText(int line, int column) {
        String head = before(line, column).stripTrailing();
        for (int n = line; n >= 1; n--) {
            if (!head.isEmpty()) {
                return new SourceLocation(n, head.codePointCount(0, head.length()) + 1);
            }
            head = n > 1 ? line(n - 1).stripTrailing() : "";
        }
        return new SourceLocation(line, column);
    }

    /** The last occurrence of {@code c} before {@code line}:{@code column}, on that line or above, or null. */
    SourceLocation lastBefore(char c, int line, int column) {
        String head = before(line, column);
        for (int n = line; n >= 1; n--) {
            int at = head.lastIndexOf(c);
            if (at >= 0) {
                return new SourceLocation(n, head.codePointCount(0, at) + 1);
            }
            head = n > 1 ? line(n - 1) : "";
        }
        return null;
    }
}
