package fr.mssante.advisor.pack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's texts in one language, as an analyst wrote them in the pack's {@code messages.yaml}.
 * {@code {name}} placeholders in the message are filled with the arguments the rule gives; a part in
 * brackets with a placeholder ({@code [ Sans espaces, « {digits} » est valide.]}) is shown only when
 * its placeholders have a value.
 */
public record RuleTexts(String title, String message, String recommendation, String reference,
                        String description) {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    /** {@code {name}}, or {@code {name|format}} for a number of days: {@code in} (dans 3 jours), {@code days} (3 jours). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][\\w-]*(?:\\|[a-z]+)?)}");
    /** The formats a {@code {name|format}} may ask for, which the report fills in its language. */
    public static final java.util.Set<String> FORMATS = java.util.Set.of("in", "days");
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
        // [an optional sentence with {name}] is kept, without its brackets, only when every name has a value.
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            Matcher names = PLACEHOLDER.matcher(optional.group(1));
            boolean any = false;
            boolean all = true;
            while (names.find()) {
                any = true;
                String value = args.get(names.group(1));
                all &= value != null && !value.isBlank();
            }
            String replacement = !any ? optional.group() : all ? optional.group(1) : "";
            optional.appendReplacement(kept, Matcher.quoteReplacement(replacement));
        }
        return fillNames(optional.appendTail(kept).toString(), args);
    }

    private static String fillNames(String template, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.containsKey(m.group(1)) ? args.get(m.group(1)) : UNFILLED;
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        return m.appendTail(out).toString();
    }
}
