package fr.mssante.advisor.report;

import fr.mssante.advisor.engine.RuleFailure;
import fr.mssante.advisor.findings.Eligibility;
import fr.mssante.advisor.findings.ReportedFinding;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * One audit run built by hand, the same for every renderer: a readable file with ERROR, WARNING, INFO
 * and an accepted finding and a rule that broke, a clean file, an unreadable file with two input
 * errors, and a portfolio finding. Its texts carry what renderers must escape: markup, {@code |},
 * line breaks, a {@code <script>}. The rule texts are given in the report's language, as the finding
 * assembler would have looked them up.
 */
final class ReportFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    static final String SCRIPT = "<script>alert(\"x\") & 'y'</script>";

    private ReportFixture() {
    }

    static AuditRun run(Lang lang) {
        return new AuditRun(List.of(clean(), unreadable(lang), tilleuls(lang)),
                new Portfolio(List.of(portfolio(lang)), List.of()), List.of(),
                false);
    }

    private static AuditReport tilleuls(Lang lang) {
        Texts x = new Texts(lang);
        List<ReportedFinding> findings = List.of(
                new ReportedFinding("FWD-OUTSIDE-TRUST-SPACE", Severity.ERROR, "bal-soins", "mailboxes[0].forwarding[0]",
                        31, 9, x.t("Transfert vers une adresse hors MSSanté", "Forwarding to a non-MSSanté address"),
                        x.t("La boîte bal-soins transfère des messages vers « " + SCRIPT + "@gmail.com » : des données"
                                + " de santé sortent du circuit sécurisé.", "Mailbox bal-soins forwards messages to \""
                                + SCRIPT + "@gmail.com\": health data leave the secure channel."),
                        x.t("Supprimez ce transfert.", "Remove this forwarding."),
                        x.t("FAQ MSSanté en ESSMS (21 novembre 2023).", "MSSanté in ESSMS FAQ (21 November 2023)."),
                        false, null),
                new ReportedFinding("FWD-OUTSIDE-TRUST-SPACE", Severity.ERROR, "bal_secretariat",
                        "mailboxes[2].forwarding[0]", 58, 9,
                        x.t("Transfert vers une adresse hors MSSanté", "Forwarding to a non-MSSanté address"),
                        x.t("La boîte bal_secretariat transfère des messages vers « *secretariat*@orange.fr ».",
                                "Mailbox bal_secretariat forwards messages to \"*secretariat*@orange.fr\"."),
                        x.t("Supprimez ce transfert.", "Remove this forwarding."),
                        x.t("FAQ MSSanté en ESSMS (21 novembre 2023).", "MSSanté in ESSMS FAQ (21 November 2023)."),
                        false, null),
                new ReportedFinding("BAL-ORG-ACCESS-UNDEFINED", Severity.WARNING, "bal-soins", "mailboxes[0]", 24, 5,
                        x.t("Accès à une boîte organisationnelle non définis", "Access to an organisational mailbox not defined"),
                        x.t("La liste des personnes autorisées à consulter la boîte bal-soins n'est pas définie.",
                                "The list of people allowed to read mailbox bal-soins is not defined."),
                        x.t("Indiquez dans « authorizedUsers » les professionnels autorisés | revoyez la liste à chaque départ.",
                                "List in \"authorizedUsers\" the professionals allowed | review it whenever someone leaves."),
                        x.t("FAQ MSSanté en ESSMS, droits d'accès.", "MSSanté in ESSMS FAQ, access rights."), false, null),
                new ReportedFinding("GOV-NO-USAGE-PROTOCOL", Severity.INFO, "SSIAD Les Tilleuls", "structure", 3, 3,
                        x.t("Pas de protocole d'usage", "No usage protocol"),
                        x.t("La structure n'a pas de protocole d'usage de la messagerie.",
                                "The structure has no protocol for using the mailbox."),
                        x.t("Rédigez un protocole d'usage.", "Write a usage protocol."),
                        x.t("FAQ MSSanté en ESSMS, protocole.", "MSSanté in ESSMS FAQ, protocol."), false, null),
                new ReportedFinding("FWD-AUTOMATIC", Severity.WARNING, "bal-direction", "mailboxes[1].forwarding[0]",
                        45, 9, x.t("Transfert automatique entre boîtes MSSanté", "Automatic forwarding between MSSanté mailboxes"),
                        x.t("La boîte bal-direction transfère automatiquement ses messages.",
                                "Mailbox bal-direction automatically forwards its messages."),
                        x.t("Supprimez le transfert automatique.", "Remove the automatic forwarding."),
                        x.t("FAQ MSSanté en ESSMS, redirections.", "MSSanté in ESSMS FAQ, redirections."), true,
                        x.t("Intérim de direction", "Acting director"), java.time.LocalDate.of(2026, 3, 31), null));
        List<RuleFailure> failures = List.of(new RuleFailure("BAL-DOUBLE-INTEGRATION", "mailboxes/mailboxes.drl", 160,
                "NullPointerException: Cannot invoke \"String.length()\""));
        return new AuditReport("samples/ssiad-les-tilleuls.yaml", AS_OF, "SSIAD Les Tilleuls", "750000000",
                Eligibility.ELIGIBLE, findings, List.of(), failures);
    }

    private static AuditReport clean() {
        return new AuditReport("samples/ehpad-clean.yaml", AS_OF, "EHPAD Les Glycines", "940033335",
                Eligibility.ELIGIBLE_PENDING_REGISTRATION, List.of(), List.of(), List.of());
    }

    private static AuditReport unreadable(Lang lang) {
        Texts x = new Texts(lang);
        List<ReportedError> errors = List.of(
                new ReportedError(x.t("valeur « staff|usager » inattendue : attendu PER, ORG ou APP",
                        "unexpected value \"staff|usager\": expected PER, ORG or APP"), "mailboxes[1].type", 12, 11),
                new ReportedError("while parsing a block mapping\n expected <block end>, but found '-'", "", 0, 0));
        return new AuditReport("samples/saad-broken.yaml", AS_OF, null, null, null, List.of(), errors, List.of());
    }

    private static AuditRun.PortfolioFinding portfolio(Lang lang) {
        Texts x = new Texts(lang);
        ReportedFinding f = new ReportedFinding("PORT-APP-PER-ESTABLISHMENT", Severity.WARNING, "750000001", "", 0, 0,
                x.t("Une boîte applicative par établissement pour un même DUI",
                        "One application mailbox per establishment for the same DUI"),
                x.t("Deux établissements de l'organisme 750000001 ont chacun leur boîte applicative pour le DUI « Soins+ ».",
                        "Two establishments of organisation 750000001 each have an application mailbox for DUI \"Soins+\"."),
                x.t("Interrogez l'éditeur de votre DUI.", "Ask your DUI vendor."),
                x.t("FAQ MSSanté en ESSMS, boîtes applicatives.", "MSSanté in ESSMS FAQ, application mailboxes."), false,
                null);
        return new AuditRun.PortfolioFinding(f, List.of("samples/ehpad-clean.yaml", "samples/ssiad-les-tilleuls.yaml"));
    }

    /** Picks the text of the report's language. */
    private record Texts(Lang lang) {
        String t(String fr, String en) {
            return lang == Lang.FR ? fr : en;
        }
    }
}
