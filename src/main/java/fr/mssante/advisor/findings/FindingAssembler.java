package fr.mssante.advisor.findings;

import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.MessageCatalog;
import fr.mssante.advisor.pack.RuleTexts;
import fr.mssante.advisor.pack.Severity;
import fr.mssante.advisor.setup.Acknowledgement;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import java.util.Comparator;
import fr.mssante.advisor.i18n.EnumLabels;
import fr.mssante.advisor.i18n.Wording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Gives each rule finding its place in the setup file, its texts in the report's language and its
 * waiver, and sorts them as a report lists them: by severity, then by line.
 */
public final class FindingAssembler {

    public static final Comparator<ReportedFinding> REPORT_ORDER = Comparator
            .comparing(ReportedFinding::severity)
            .thenComparingInt(ReportedFinding::line)
            .thenComparing(ReportedFinding::ruleId)
            .thenComparing(ReportedFinding::subject);

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final MessageCatalog messages;
    private final Lang lang;

    public FindingAssembler(MessageCatalog messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    public List<ReportedFinding> assemble(List<Finding> findings, LocatedTree tree, Waivers waivers) {
        return findings.stream()
                .map(f -> assemble(f, tree == null ? SourceLocation.UNKNOWN : tree.locate(f.path()),
                        waivers == null ? Optional.empty() : waivers.waiverOf(f)))
                .sorted(REPORT_ORDER)
                .toList();
    }

    /**
     * The rule's arguments as a sentence says them: a code of the setup format as its word
     * ({@code AIDE_SOIGNANT} → aide-soignant), an ISO date as a date ({@code 2025-10-31} → 31 octobre 2025).
     */
    private Map<String, String> words(Map<String, String> args) {
        Wording wording = Wording.of(lang);
        Map<String, String> out = new LinkedHashMap<>();
        args.forEach((name, value) -> {
            String v = value == null ? "" : value;
            if (EnumLabels.knows(name)) {
                v = EnumLabels.label(name, v, lang);
            }
            out.put(name, ISO_DATE.matcher(v).replaceAll(d -> Matcher.quoteReplacement(wording.date(d.group()))));
            if (v.matches("-?\\d{1,9}")) {
                // {days|in}: aujourd'hui, demain, dans 3 jours; {days|days}: 3 jours (agreed, never "jour(s)").
                int n = Integer.parseInt(v);
                out.put(name + "|in", wording.inDays(n));
                out.put(name + "|days", wording.regular(n, "jour", "day"));
            }
        });
        return out;
    }

    public ReportedFinding assemble(Finding f, SourceLocation at, Optional<Acknowledgement> waiver) {
        RuleTexts texts = messages.get(f.ruleId(), lang);
        Severity severity = Optional.ofNullable(Severity.parse(f.severity())).orElse(Severity.ERROR);
        Map<String, String> args = words(f.args());
        return new ReportedFinding(f.ruleId(), severity, f.subject(), f.path(), at.line(), at.column(),
                texts.title(args), texts.message(args), texts.recommendation(args),
                texts.reference() == null ? "" : texts.reference(),
                waiver.isPresent(), waiver.map(Acknowledgement::reason).orElse(null),
                waiver.map(Acknowledgement::until).orElse(null), null);
    }
}
