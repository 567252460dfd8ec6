package fr.mssante.advisor.report;

import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.pack.TrustList;
import fr.mssante.advisor.pack.Severity;
import java.util.Map;

/**
 * The fixed words of the Markdown, HTML and JUnit reports, in both languages. The sentences are the
 * text report's, word for word, so a reader finds the same verdicts and headings whatever the format;
 * the column headers and the page title are the only words the text report does not need.
 */
record ReportLabels(Lang lang, Wording words) {

    ReportLabels(Lang lang) {
        this(lang, Wording.of(lang));
    }

    boolean fr() {
        return lang == Lang.FR;
    }

    String reportTitle() {
        return fr() ? "Rapport d'audit MSSanté" : "MSSanté audit report";
    }

    String auditOf() {
        return fr() ? "Audit MSSanté — " : "MSSanté audit — ";
    }

    /** The heading of a readable report: the structure, with its FINESS when it has one. */
    String structure(AuditReport r) {
        boolean finess = r.finess() != null && !r.finess().isBlank();
        return auditOf() + r.structureName() + (finess ? " (FINESS " + r.finess() + ")" : "");
    }

    String fileAndDate(AuditReport r) {
        String date = words.date(r.asOf());
        String line = fr() ? "Fichier : " + r.source() + " · date d'audit : " + date
                : "File: " + r.source() + " · audit date: " + date;
        return r.trustList() == null ? line : line + " · " + trustList(r.trustList());
    }

    /** Which official whitelist decided what is in the trust space, so a reader can tell how current it is. */
    String trustList(TrustList list) {
        String generated = list.generatedAt() == null ? (fr() ? "date de génération inconnue" : "generation date unknown")
                : (fr() ? "générée le " : "generated on ") + words.date(list.generatedAt().split("T")[0]);
        return (fr() ? "espace de confiance : liste blanche " : "trust space: whitelist ") + list.source() + " ("
                + generated + ", " + words.regular(list.domains().size(), "domaine", "domain") + ")";
    }

    /** One line per structure at the end of a run over several files. */
    String structureLine(AuditReport r) {
        if (!r.readable()) {
            return r.source() + " — " + (fr() ? "illisible, " : "unreadable, ") + inputErrors(r.errors().size());
        }
        Map<String, Integer> s = r.summary();
        String counts = severityCounts(s) + ", " + words.count(s.get("waived"), "accepté", "acceptés", "accepted",
                "accepted");
        return r.source() + " — " + r.structureName() + (fr() ? " : " : ": ") + verdict(r.eligibility()) + " · " + counts;
    }

    String perStructure() {
        return fr() ? "RÉSUMÉ PAR STRUCTURE" : "SUMMARY BY STRUCTURE";
    }

    /** Said instead of the accepted findings when {@code --hide-waived} leaves them out. */
    String waivedHidden(int n) {
        return fr() ? words.counted(n, "constat accepté non affiché", "constats acceptés non affichés")
                + " (--show-waived pour les voir)."
                : words.count(n, "accepted finding", "accepted findings", "accepted finding", "accepted findings")
                + " not shown (--show-waived to see them).";
    }

    /** "1 erreur, 2 avertissements, 0 recommandation". */
    String severityCounts(Map<String, Integer> s) {
        return words.severityCount("ERROR", s.get("ERROR")) + ", " + words.severityCount("WARNING", s.get("WARNING"))
                + ", " + words.severityCount("INFO", s.get("INFO"));
    }

    /** "1 erreur de saisie", "3 input errors". */
    String inputErrors(int n) {
        return words.count(n, "erreur de saisie", "erreurs de saisie", "input error", "input errors");
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
            case ELIGIBLE -> fr() ? "La structure a un FINESS valide et au moins un professionnel habilité dont le numéro RPPS est renseigné."
                    : "The structure has a valid FINESS and at least one qualified professional whose RPPS number is given.";
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
        String base = (fr() ? "Bilan : " : "Summary: ") + severityCounts(s);
        if (waived > 0) {
            base += ", " + words.count(waived, "constat accepté", "constats acceptés", "accepted finding",
                    "accepted findings");
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
        return fr() ? "… et " + words.counted(n, "autre point", "autres points") + " ci-dessous." : "… and " + n + " more below.";
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

    /** One accepted finding, where it is not under the accepted findings' heading (JUnit output). */
    String accepted() {
        return fr() ? "Constat accepté, dérogation en cours — " : "Accepted finding, waiver in force — ";
    }

    String reason() {
        return fr() ? "Motif : " : "Reason: ";
    }

    String ruleFailures(int n) {
        return fr() ? "RÈGLES EN ÉCHEC (" + n + ") — ces règles n'ont pas pu s'exécuter ; les autres constats restent valables"
                : "FAILED RULES (" + n + ") — these rules could not run; the other findings stand";
    }

    String unreadable(String source, int n) {
        return fr() ? source + " : fichier non audité, " + inputErrors(n) + " à corriger"
                : source + ": file not audited, " + inputErrors(n) + " to fix";
    }

    String portfolio() {
        return fr() ? "CONSTATS SUR L'ENSEMBLE DES STRUCTURES" : "FINDINGS ACROSS ALL STRUCTURES";
    }

    String files() {
        return fr() ? "Fichiers : " : "Files: ";
    }

    String overall(AuditRun run) {
        return overall(RunTotals.of(run));
    }

    String overall(RunTotals totals) {
        int files = totals.files();
        int bad = totals.unreadable();
        int errors = totals.errors();
        int warnings = totals.warnings();
        int infos = totals.infos();
        // An unreadable file is not audited: the line counts the files given, then splits them.
        String audited = words.count(files - bad, "audité", "audités", "audited", "audited");
        String unreadable = words.count(bad, "illisible", "illisibles", "unreadable", "unreadable");
        String total = words.and(java.util.List.of(words.severityCount("ERROR", errors),
                words.severityCount("WARNING", warnings), words.severityCount("INFO", infos)));
        return fr() ? words.regular(files, "fichier", "file") + " : " + audited + ", " + unreadable + " ; au total " + total
                + "." : words.regular(files, "fichier", "file") + ": " + audited + ", " + unreadable + "; in all " + total + ".";
    }

    /** Column headers of the tables (accepted findings, input errors, failed rules). */
    String column(Column c) {
        return switch (c) {
            case RULE -> fr() ? "Règle" : "Rule";
            case SUBJECT -> fr() ? "Sujet" : "Subject";
            case FINDING -> fr() ? "Constat" : "Finding";
            case REASON -> fr() ? "Motif" : "Reason";
            case POSITION -> "Position";
            case PATH -> fr() ? "Chemin" : "Path";
            case ERROR -> fr() ? "Erreur" : "Error";
            case WHERE -> fr() ? "Écrite dans" : "Written in";
            case STRUCTURE -> fr() ? "Structure (fichier)" : "Structure (file)";
            case ELIGIBILITY -> fr() ? "Éligibilité" : "Eligibility";
            case ERRORS -> fr() ? "Erreurs" : "Errors";
            case WARNINGS -> fr() ? "Avertissements" : "Warnings";
            case INFOS -> fr() ? "Recommandations" : "Recommendations";
            case WAIVED -> fr() ? "Acceptés" : "Accepted";
            case UNTIL -> fr() ? "Jusqu'au" : "Until";
        };
    }

    enum Column { RULE, SUBJECT, FINDING, REASON, POSITION, PATH, ERROR, WHERE, STRUCTURE, ELIGIBILITY, ERRORS,
        WARNINGS, INFOS, WAIVED, UNTIL }

    /** A date in a sentence or a table cell: "1er juillet 2026", "31 décembre 2026"; "" for none. */
    String date(java.time.LocalDate date) {
        return date == null ? "" : words.date(date);
    }

    /** A waiver's end date in a line of text: "dérogation jusqu'au 31 décembre 2026". */
    String waivedUntil(java.time.LocalDate date) {
        return date == null ? "" : (fr() ? "Dérogation jusqu'au " : "Waiver until ") + words.date(date);
    }

    String perStructureTitle() {
        return fr() ? "Vue d'ensemble" : "Overview";
    }

    String unreadableShort(int n) {
        return (fr() ? "illisible (" : "unreadable (") + inputErrors(n) + ")";
    }

    /** {@code n} and the noun that agrees with it: "1 constat", "2 constats", "0 constat". */
    String count(int n, String singular, String plural) {
        return words.counted(n, singular, plural);
    }

    // ── SARIF ──

    String sarifToolName() {
        return fr() ? "mssante-advisor, conseiller de conformité MSSanté des ESSMS"
                : "mssante-advisor, MSSanté compliance advisor for social and medico-social structures";
    }

    String sarifNotice(SarifLocations.Notice notice) {
        return switch (notice) {
            case INPUT_ERROR -> fr() ? "Erreur de saisie : le fichier de configuration n'a pas été audité."
                    : "Input error: the setup file was not audited.";
            case RULE_FAILURE -> fr() ? "Une règle du paquet n'a pas pu s'exécuter ; les autres constats restent valables."
                    : "A rule of the pack could not run; the other findings stand.";
            case PACK_WARNING -> fr() ? "Avertissement sur le paquet de règles." : "Warning about the rule pack.";
        };
    }

    String sarifWaivedUntil(java.time.LocalDate until) {
        return fr() ? "Dérogation valable jusqu'au " + date(until) + " inclus."
                : "Waiver valid until " + date(until) + " inclusive.";
    }

    String sarifRuleFailed(fr.mssante.advisor.engine.RuleFailure f, String source) {
        String where = f.file() + ":" + f.line();
        if (fr()) {
            return "La règle " + f.ruleId() + " (" + where + ") n'a pas pu s'exécuter"
                    + (source == null ? " sur l'ensemble des structures" : " pour " + source) + " : " + f.message();
        }
        return "Rule " + f.ruleId() + " (" + where + ") could not run" + (source == null ? " across the structures"
                : " for " + source) + ": " + f.message();
    }

    // ── Baseline (--baseline) ──

    /** Before a finding the baseline did not have. */
    String newMark() {
        return fr() ? "[NOUVEAU]" : "[NEW]";
    }

    /** Said under the summary of a report compared with a baseline. */
    String baselineSummary(Map<String, Integer> s) {
        int open = s.get("ERROR") + s.get("WARNING") + s.get("INFO");
        int news = s.get("new");
        return baselineCounts(news, s.get("fixed"), open - news);
    }

    String baselineCounts(int news, int fixed, int unchanged) {
        if (fr()) {
            return "Depuis l'audit de référence : " + count(news, "nouveau constat", "nouveaux constats") + ", "
                    + count(fixed, "corrigé", "corrigés") + ", " + count(unchanged, "inchangé", "inchangés") + ".";
        }
        return "Since the baseline: " + count(news, "new finding", "new findings") + ", " + fixed + " fixed, "
                + unchanged + " unchanged.";
    }

    /** The closing line of a run of several files compared with a baseline. */
    String baselineOverall(RunTotals totals) {
        return fr() ? "Depuis l'audit de référence : au total " + count(totals.newFindings(), "nouveau constat",
                "nouveaux constats") + " et " + count(totals.fixed(), "constat corrigé", "constats corrigés") + "."
                : "Since the baseline: in all " + count(totals.newFindings(), "new finding", "new findings") + " and "
                + totals.fixed() + " fixed.";
    }

    String fixedHeading(int n) {
        return fr() ? (n <= 1 ? "CORRIGÉ" : "CORRIGÉS") + " DEPUIS L'AUDIT DE RÉFÉRENCE (" + n + ")"
                : "FIXED SINCE THE BASELINE (" + n + ")";
    }

    /** A finding already in the baseline, where it is not under a heading that says so (JUnit output). */
    String alreadyInBaseline() {
        return fr() ? "Déjà présent dans l'audit de référence — " : "Already in the baseline — ";
    }

    String fixedMark() {
        return "✓";
    }

    /** Where a fixed finding was, in the baseline (its line may have moved since). */
    String wasAt(int line) {
        if (line <= 0) {
            return "";
        }
        return fr() ? " (ligne " + line + " dans la référence)" : " (line " + line + " in the baseline)";
    }
}
