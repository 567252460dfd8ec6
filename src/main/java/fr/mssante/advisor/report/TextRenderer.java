package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report a structure's director reads: the verdict first, a short action plan, then the findings
 * grouped by severity with why and how to fix, and accepted findings last.
 */
public final class TextRenderer implements Renderer {

    private static final int PLAN_ITEMS = 5;
    private static final String RULE = "─".repeat(72);

    @Override
    public String render(AuditRun run, Lang lang) {
        TextLabels t = new TextLabels(lang);
        StringBuilder out = new StringBuilder();
        for (AuditReport report : run.reports()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (report.readable()) {
                readable(report, t, out);
            } else {
                unreadable(report, t, out);
            }
        }
        if (!run.portfolio().isEmpty()) {
            out.append('\n').append(RULE).append('\n').append(t.portfolio()).append('\n');
            for (AuditRun.PortfolioFinding p : run.portfolio()) {
                finding(p.finding(), t, out);
                out.append("    ").append(t.files()).append(String.join(", ", p.sources())).append('\n');
            }
        }
        if (run.reports().size() > 1) {
            out.append('\n').append(RULE).append('\n').append(t.overall(run)).append('\n');
        }
        return out.toString();
    }

    private void readable(AuditReport r, TextLabels t, StringBuilder out) {
        out.append(RULE).append('\n');
        out.append(t.auditOf()).append(r.structureName());
        if (r.finess() != null && !r.finess().isBlank()) {
            out.append(" (FINESS ").append(r.finess()).append(')');
        }
        out.append('\n').append(t.fileAndDate(r.source(), r.asOf().format(DateTimeFormatter.ISO_LOCAL_DATE)))
                .append('\n').append(RULE).append("\n\n");
        out.append(t.eligibility()).append(t.verdict(r.eligibility())).append('\n');
        out.append("  ").append(t.verdictExplained(r.eligibility())).append("\n\n");
        Map<String, Integer> summary = r.summary();
        out.append(t.summary(summary)).append('\n');
        ruleFailures(r.ruleFailures(), t, out);
        List<ReportedFinding> open = r.findings().stream().filter(f -> !f.waived()).toList();
        if (open.isEmpty()) {
            out.append('\n').append(t.nothingToDo()).append('\n');
        } else {
            plan(open, t, out);
            for (Severity s : Severity.values()) {
                List<ReportedFinding> group = open.stream().filter(f -> f.severity() == s).toList();
                if (!group.isEmpty()) {
                    out.append('\n').append(t.heading(s, group.size())).append('\n');
                    group.forEach(f -> finding(f, t, out));
                }
            }
        }
        List<ReportedFinding> waived = r.findings().stream().filter(ReportedFinding::waived).toList();
        if (!waived.isEmpty()) {
            out.append('\n').append(t.waivedHeading(waived.size())).append('\n');
            for (ReportedFinding f : waived) {
                out.append("  ~ ").append(f.ruleId()).append(" · ").append(f.subject()).append(" — ")
                        .append(f.title()).append('\n');
                out.append("    ").append(t.reason()).append(f.waiverReason() == null ? "" : f.waiverReason())
                        .append('\n');
            }
        }
    }

    /** The few things to do first: one line per rule, most serious first, naming the subjects. */
    private void plan(List<ReportedFinding> open, TextLabels t, StringBuilder out) {
        Map<String, List<ReportedFinding>> byRule = open.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(ReportedFinding::ruleId, LinkedHashMap::new, Collectors.toList()));
        if (byRule.isEmpty()) {
            return;
        }
        out.append('\n').append(t.plan()).append('\n');
        int n = 0;
        for (List<ReportedFinding> same : byRule.values()) {
            if (n == PLAN_ITEMS) {
                out.append("  ").append(t.andMore(byRule.size() - PLAN_ITEMS)).append('\n');
                break;
            }
            ReportedFinding first = same.get(0);
            String subjects = same.stream().map(ReportedFinding::subject).distinct().collect(Collectors.joining(", "));
            out.append("  ").append(++n).append(". ").append(first.title()).append(" (").append(subjects)
                    .append(")\n");
        }
    }

    private void finding(ReportedFinding f, TextLabels t, StringBuilder out) {
        out.append("  ").append(t.mark(f.severity())).append(' ').append(f.ruleId()).append(" · ").append(f.subject())
                .append(" · ").append(t.at(f.line(), f.column())).append(" (").append(f.path()).append(")\n");
        out.append("    ").append(f.title()).append('\n');
        out.append("    ").append(f.message()).append('\n');
        out.append("    → ").append(f.recommendation()).append('\n');
        out.append("    ").append(t.why()).append(f.reference()).append('\n');
    }

    private void ruleFailures(List<RuleFailure> failures, TextLabels t, StringBuilder out) {
        if (failures.isEmpty()) {
            return;
        }
        out.append('\n').append(t.ruleFailures(failures.size())).append('\n');
        for (RuleFailure f : failures) {
            out.append("  ! ").append(f.ruleId()).append(" (").append(f.file()).append(':').append(f.line())
                    .append(") : ").append(f.message()).append('\n');
        }
    }

    private void unreadable(AuditReport r, TextLabels t, StringBuilder out) {
        out.append(RULE).append('\n').append(t.unreadable(r.source(), r.errors().size())).append('\n')
                .append(RULE).append('\n');
        for (ReportedError e : r.errors()) {
            out.append("  ").append(r.source());
            if (e.line() > 0) {
                out.append(':').append(e.line()).append(':').append(e.column());
            }
            out.append(": ");
            if (!e.path().isEmpty()) {
                out.append('[').append(e.path()).append("] ");
            }
            out.append(e.message()).append('\n');
        }
    }

    /** The report's fixed words, in both languages. */
    private record TextLabels(Lang lang) {

        boolean fr() {
            return lang == Lang.FR;
        }

        String auditOf() {
            return fr() ? "Audit MSSanté — " : "MSSanté audit — ";
        }

        String fileAndDate(String source, String date) {
            return fr() ? "Fichier : " + source + " · date d'audit : " + date
                    : "File: " + source + " · audit date: " + date;
        }

        String eligibility() {
            return fr() ? "Éligibilité : " : "Eligibility: ";
        }

        String verdict(Eligibility e) {
            return switch (e) {
                case ELIGIBLE -> fr() ? "ÉLIGIBLE" : "ELIGIBLE";
                case ELIGIBLE_PENDING_REGISTRATION -> fr() ? "ÉLIGIBLE, ENREGISTREMENTS RPPS EN ATTENTE"
                        : "ELIGIBLE, RPPS REGISTRATION PENDING";
                case NOT_ELIGIBLE -> fr() ? "NON ÉLIGIBLE" : "NOT ELIGIBLE";
            };
        }

        String verdictExplained(Eligibility e) {
            return switch (e) {
                case ELIGIBLE -> fr() ? "La structure a un FINESS valide et au moins un professionnel habilité inscrit au RPPS."
                        : "The structure has a valid FINESS and at least one qualified professional in the RPPS.";
                case ELIGIBLE_PENDING_REGISTRATION -> fr()
                        ? "La structure peut être équipée, mais aucun professionnel habilité n'a encore de numéro RPPS."
                        : "The structure can be equipped, but no qualified professional has an RPPS number yet.";
                case NOT_ELIGIBLE -> fr()
                        ? "Il manque un FINESS valide ou un professionnel habilité : réglez d'abord ces erreurs."
                        : "A valid FINESS or a qualified professional is missing: fix these errors first.";
            };
        }

        String summary(Map<String, Integer> s) {
            int waived = s.get("waived");
            String base = fr()
                    ? "Bilan : " + s.get("ERROR") + " erreur(s), " + s.get("WARNING") + " avertissement(s), "
                            + s.get("INFO") + " recommandation(s)"
                    : "Summary: " + s.get("ERROR") + " error(s), " + s.get("WARNING") + " warning(s), "
                            + s.get("INFO") + " recommendation(s)";
            if (waived > 0) {
                base += fr() ? ", " + waived + " constat(s) accepté(s)" : ", " + waived + " accepted finding(s)";
            }
            return base + ".";
        }

        String nothingToDo() {
            return fr() ? "Aucun constat : la configuration MSSanté est conforme aux règles vérifiées."
                    : "No findings: the MSSanté set-up meets every rule checked.";
        }

        String plan() {
            return fr() ? "Plan d'action (par ordre de priorité)" : "Action plan (most urgent first)";
        }

        String andMore(int n) {
            return fr() ? "… et " + n + " autre(s) point(s) ci-dessous." : "… and " + n + " more below.";
        }

        String heading(Severity s, int n) {
            return switch (s) {
                case ERROR -> fr() ? "ERREURS (" + n + ") — non conforme, à corriger" : "ERRORS (" + n + ") — non-compliant, fix";
                case WARNING -> fr() ? "AVERTISSEMENTS (" + n + ") — risque ou mauvaise pratique"
                        : "WARNINGS (" + n + ") — risk or bad practice";
                case INFO -> fr() ? "RECOMMANDATIONS (" + n + ")" : "RECOMMENDATIONS (" + n + ")";
            };
        }

        String mark(Severity s) {
            return switch (s) {
                case ERROR -> "✗";
                case WARNING -> "!";
                case INFO -> "i";
            };
        }

        String at(int line, int column) {
            if (line <= 0) {
                return fr() ? "position inconnue" : "position unknown";
            }
            return fr() ? "ligne " + line + ", colonne " + column : "line " + line + ", column " + column;
        }

        String why() {
            return fr() ? "Pourquoi : " : "Why: ";
        }

        String waivedHeading(int n) {
            return fr() ? "CONSTATS ACCEPTÉS (" + n + ") — dérogation en cours, hors statut de sortie"
                    : "ACCEPTED FINDINGS (" + n + ") — waiver in force, not counted in the exit status";
        }

        String reason() {
            return fr() ? "Motif : " : "Reason: ";
        }

        String ruleFailures(int n) {
            return fr() ? "RÈGLES EN ÉCHEC (" + n + ") — ces règles n'ont pas pu s'exécuter ; les autres constats restent valables"
                    : "FAILED RULES (" + n + ") — these rules could not run; the other findings stand";
        }

        String unreadable(String source, int n) {
            return fr() ? source + " : fichier non audité, " + n + " erreur(s) de saisie à corriger"
                    : source + ": file not audited, " + n + " input error(s) to fix";
        }

        String portfolio() {
            return fr() ? "CONSTATS SUR L'ENSEMBLE DES STRUCTURES" : "FINDINGS ACROSS ALL STRUCTURES";
        }

        String files() {
            return fr() ? "Fichiers : " : "Files: ";
        }

        String overall(AuditRun run) {
            long bad = run.reports().stream().filter(r -> !r.readable()).count();
            int errors = run.reports().stream().mapToInt(r -> r.summary().get("ERROR")).sum();
            int warnings = run.reports().stream().mapToInt(r -> r.summary().get("WARNING")).sum();
            return fr() ? run.reports().size() + " fichier(s) audité(s), " + bad + " illisible(s) ; " + errors
                    + " erreur(s) et " + warnings + " avertissement(s) au total."
                    : run.reports().size() + " file(s) audited, " + bad + " unreadable; " + errors + " error(s) and "
                    + warnings + " warning(s) in all.";
        }
    }
}
