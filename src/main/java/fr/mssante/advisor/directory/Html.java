package fr.mssante.advisor.directory;

/**
 * Escaping for the dashboard page. The page carries its own script, which an XML writer would escape
 * into nonsense, so it is written as text with every value from the files escaped here.
 */
final class Html {

    private Html() {
    }

    /** Text or attribute value: {@code & < > " '} escaped, characters HTML forbids replaced. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
