package fr.mssante.advisor.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --format} of the commands that write about a pack: {@code rules list}, {@code rules doc}, {@code explain}. */
enum PackTextFormat {
    TEXT, JSON, MARKDOWN, HTML;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format {@code value} names ({@code md} for Markdown too) when the command writes it; otherwise
     * null, after telling the user which formats this command accepts.
     */
    static PackTextFormat parseOrReport(String value, List<PackTextFormat> accepted) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (PackTextFormat f : accepted) {
            if (f.code().equals(v) || (f == MARKDOWN && v.equals("md"))) {
                return f;
            }
        }
        UsageErrors.report("--format « " + value + " » : formats acceptés / accepted formats: "
                + accepted.stream().map(PackTextFormat::code).collect(Collectors.joining(", ")));
        return null;
    }
}
