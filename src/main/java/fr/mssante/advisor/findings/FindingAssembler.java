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
import java.util.List;
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

    public ReportedFinding assemble(Finding f, SourceLocation at, Optional<Acknowledgement> waiver) {
        RuleTexts texts = messages.get(f.ruleId(), lang);
        Severity severity = Optional.ofNullable(Severity.parse(f.severity())).orElse(Severity.ERROR);
        return new ReportedFinding(f.ruleId(), severity, f.subject(), f.path(), at.line(), at.column(),
                texts.title(f.args()), texts.message(f.args()), texts.recommendation(f.args()),
                texts.reference() == null ? "" : texts.reference(),
                waiver.isPresent(), waiver.map(Acknowledgement::reason).orElse(null),
                waiver.map(Acknowledgement::until).orElse(null), null);
    }
}
