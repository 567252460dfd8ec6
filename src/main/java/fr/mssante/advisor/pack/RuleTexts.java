package fr.mssante.advisor.pack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's texts in one language, as an analyst wrote them in the pack's {@code messages.yaml}.
 * {@code {name}} placeholders in the message are filled with the arguments the rule gives.
 */
public record RuleTexts(String title, String message, String recommendation, String reference,
                        String description) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][\\w-]*)}");
    /** What stands for a placeholder the rule did not fill. */
    static final String UNFILLED = "…";

    public String message(Map<String, String> args) {
        return fill(message, args);
    }

    public String recommendation(Map<String, String> args) {
        return fill(recommendation, args);
    }

    public String title(Map<String, String> args) {
        return fill(title, args);
    }

    /**
     * The text with each {@code {name}} replaced by its argument. A name the rule did not pass (which
     * {@code rules check} reports) becomes "…": a reader never sees a raw {@code {placeholder}}.
     */
    static String fill(String template, Map<String, String> args) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.containsKey(m.group(1)) ? args.get(m.group(1)) : UNFILLED;
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        return m.appendTail(out).toString();
    }
}
