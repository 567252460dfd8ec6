package fr.mssante.advisor.pack;

import java.util.Map;

/**
 * A rule's texts in one language, as an analyst wrote them in the pack's {@code messages.yaml}.
 * {@code {name}} placeholders in the message are filled with the arguments the rule gives.
 */
public record RuleTexts(String title, String message, String recommendation, String reference,
                        String description) {

    public String message(Map<String, String> args) {
        return fill(message, args);
    }

    public String recommendation(Map<String, String> args) {
        return fill(recommendation, args);
    }

    public String title(Map<String, String> args) {
        return fill(title, args);
    }

    static String fill(String template, Map<String, String> args) {
        if (template == null) {
            return "";
        }
        String out = template;
        for (Map.Entry<String, String> arg : args.entrySet()) {
            out = out.replace("{" + arg.getKey() + "}", arg.getValue() == null ? "" : arg.getValue());
        }
        return out;
    }
}
