package fr.mssante.advisor.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder names a rule's consequence passes to {@code findings.report(kcontext, subject, path,
 * name1, value1, …)}, read from its DRL text, so that {@code rules check} can tell a text that uses a
 * name the rule never gives ({@code {categorie}} for {@code category}) before a report shows it raw.
 */
final class ReportArguments {

    private static final Pattern CALL = Pattern.compile("\\bfindings\\s*\\.\\s*report\\s*\\(");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][\\w-]*)(\\|[a-z]+)?}");

    private ReportArguments() {
    }

    /**
     * The names every {@code findings.report} call of this rule passes, or null when they cannot be told
     * from the text (a name computed at run time, or no call written in the rule itself).
     *
     * @param ruleText the rule's DRL, from {@code rule} to the next rule
     */
    static Set<String> of(String ruleText) {
        Matcher then = THEN.matcher(ruleText);
        if (!then.find()) {
            return null;
        }
        String consequence = ruleText.substring(then.end());
        Matcher call = CALL.matcher(consequence);
        Set<String> common = null;
        while (call.find()) {
            List<String> args = arguments(consequence, call.end());
            if (args == null) {
                return null;
            }
            Set<String> names = new LinkedHashSet<>();
            for (int i = 3; i < args.size(); i += 2) {
                String name = args.get(i).trim();
                if (name.length() < 2 || !name.startsWith("\"") || !name.endsWith("\"")) {
                    return null;
                }
                names.add(name.substring(1, name.length() - 1));
            }
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        return common;
    }

    /** The formats ({@code {days|in}}) a text asks for that do not exist. */
    static Set<String> unknownFormats(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (m.group(2) != null && !RuleTexts.FORMATS.contains(m.group(2).substring(1))) {
                    unknown.add(m.group());
                }
            }
        }
        return unknown;
    }

    /** The {@code {names}} a text uses, in order of appearance. */
    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The top-level arguments of the call whose "(" ends at {@code from}; null if it does not close. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> {
                    quote = c;
                    current.append(c);
                }
                case '(', '[', '{' -> {
                    depth++;
                    current.append(c);
                }
                case ')', ']', '}' -> {
                    if (depth == 0) {
                        args.add(current.toString());
                        return args;
                    }
                    depth--;
                    current.append(c);
                }
                case ',' -> {
                    if (depth == 0) {
                        args.add(current.toString());
                        current.setLength(0);
                    } else {
                        current.append(c);
                    }
                }
                default -> current.append(c);
            }
        }
        return null;
    }
}
