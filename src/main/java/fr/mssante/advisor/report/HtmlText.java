package fr.mssante.advisor.report;

/**
 * Escaping for HTML written as text: the dashboard page (it carries its own script, which an XML writer
 * would escape into nonsense) and the rule catalogue page. The audit report goes through {@link XmlOut}.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** Text or attribute value: {@code & < > " '} escaped, characters HTML forbids replaced. */
    public static String escape(String text) {
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
