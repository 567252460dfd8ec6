package fr.mssante.advisor.findings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.SetupLoader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a director wrote slightly wrong gets the help it needs: an impossible day is told as such, an RPPS
 * or a FINESS written with spaces or dots is given without them, a waiver of a misspelt rule names the rule
 * meant, and the sentences say codes and dates in words.
 */
class NewUserSlipsTest {

    private static final String HEAD = """
            format: mssante-setup/1
            structure: {name: "EHPAD Test", finess: "940033335", category: EHPAD}
            """;

    @Test
    void aDayThatDoesNotExistIsToldSoNotToBeWrittenAAAAMMJJ() {
        InputError e = onlyError(HEAD + """
                deployment:
                  deployed: true
                  programme: {name: ESMS_NUMERIQUE, deadline: 2025-02-30}
                """);
        assertThat(e.path()).isEqualTo("deployment.programme.deadline");
        assertThat(e.message(Lang.FR)).isEqualTo("Date « 2025-02-30 » impossible : ce jour n'existe pas (février 2025"
                + " a 28 jours). Vérifiez la date.").doesNotContain("AAAA-MM-JJ");
        assertThat(e.message(Lang.EN)).contains("that day does not exist (February 2025 has 28 days)");
        assertThat(onlyError(HEAD + "deployment:\n  deployed: true\n  programme: {name: X, deadline: 30/06/2026}\n")
                .message(Lang.FR)).contains("écrite à la française", "« 2026-06-30 » (30 juin 2026)");
    }

    @Test
    void anRppsWrittenWithSpacesIsGivenWithoutThem() {
        AuditReport r = audit(HEAD + """
                deployment: {deployed: true}
                professionals:
                  - {id: p-med, profession: MEDECIN, rpps: "100 010 000 99", registeredBy: ORDER}
                  - {id: p-inf, profession: INFIRMIER, rpps: "12345", registeredBy: ORDER}
                """, Lang.FR);
        assertThat(finding(r, "PRO-RPPS-INVALID", "p-med").message())
                .endsWith("Écrit sans espaces ni séparateurs, « 10001000099 » est un numéro valide.");
        assertThat(finding(r, "PRO-RPPS-INVALID", "p-inf").message()).doesNotContain("sans espaces", "[", "{");
    }

    @Test
    void aFinessWrittenWithSpacesOrDotsIsGivenWithoutThem() {
        String setup = """
                format: mssante-setup/1
                structure: {name: "EHPAD Test", finess: "FINESS", category: EHPAD}
                deployment: {deployed: true}
                """;
        for (String written : new String[] {"94 003 333 5", "940.033.335", "94-0033-335", "94\u00a0003\u00a0333\u00a05"}) {
            AuditReport r = audit(setup.replace("FINESS", written), Lang.FR);
            assertThat(finding(r, "ELIG-FINESS-INVALID", "structure").message()).as(written)
                    .startsWith("Le numéro FINESS « " + written + " »")
                    .endsWith("Écrit sans espaces ni séparateurs, « 940033335 » est un numéro valide.");
        }
        assertThat(finding(audit(setup.replace("FINESS", "2A 000 001 7"), Lang.EN), "ELIG-FINESS-INVALID",
                "structure").message()).endsWith("Written without spaces or separators, \"2A0000017\" is a valid number.");
        // Without its separators 750000000 still has a wrong key, and 940033336 has none: no hint then.
        for (String wrong : new String[] {"75 000 000 0", "750.000.000", "940033336"}) {
            assertThat(finding(audit(setup.replace("FINESS", wrong), Lang.FR), "ELIG-FINESS-INVALID", "structure")
                    .message()).as(wrong).doesNotContain("sans espaces", "[", "{", "»  ").endsWith("correcte.");
        }
    }

    @Test
    void aWaiverNamingAMisspeltRuleNamesTheRuleMeant() {
        String setup = HEAD + """
                deployment: {deployed: false}
                acknowledgements:
                  - {rule: GOV-NOT-DEPLOYD, subject: structure, reason: "en cours", until: 2026-12-31}
                """;
        assertThat(finding(audit(setup, Lang.FR), "ACK-UNUSED", "structure").message())
                .contains("Règle inconnue du paquet, sans doute mal orthographiée : GOV-NOT-DEPLOYD → GOV-NOT-DEPLOYED.");
        assertThat(finding(audit(setup, Lang.EN), "ACK-UNUSED", "structure").message())
                .contains("Not a rule of the pack, probably misspelt: GOV-NOT-DEPLOYD → GOV-NOT-DEPLOYED.");
        String right = setup.replace("GOV-NOT-DEPLOYD", "GOV-NO-USAGE-PROTOCOL").replace("usageProtocol", "x");
        assertThat(audit(right, Lang.FR).findings()).noneMatch(f -> f.message().contains("mal orthographiée"));
    }

    @Test
    void codesAndDatesInSentencesAreWords() {
        AuditReport r = audit(HEAD + """
                deployment: {deployed: true}
                professionals:
                  - {id: p-as, profession: AIDE_SOIGNANT}
                  - {id: p-dir, profession: DIRECTEUR, establishmentAdmin: true, card: NONE}
                acknowledgements:
                  - {rule: PRO-SOCIAL-NOT-REGISTERED, subject: p-as, reason: "demande faite", until: 2025-10-31}
                """, Lang.FR);
        assertThat(finding(r, "PRO-SOCIAL-NOT-REGISTERED", "p-as").message()).contains("(aide-soignant)")
                .doesNotContain("AIDE_SOIGNANT");
        assertThat(finding(r, "PRO-ADMIN-WITHOUT-CPE", "p-dir").message()).contains("(aucune carte)")
                .doesNotContain("NONE");
        assertThat(finding(r, "ACK-EXPIRED", "p-as").message()).contains("31 octobre 2025").doesNotContain("2025-10-31");
    }

    @Test
    void aDeadlineTodayIsAujourdhuiAndDayCountsAgree() {
        String setup = HEAD + """
                deployment:
                  deployed: false
                  programme: {name: ESMS_NUMERIQUE, deadline: DATE}
                """;
        assertThat(finding(audit(setup.replace("DATE", "2026-01-15"), Lang.FR), "GOV-DEADLINE-NEAR", "structure")
                .message()).contains("tombe aujourd'hui (15 janvier 2026)").doesNotContain("jour(s)", "2026-01-15");
        assertThat(finding(audit(setup.replace("DATE", "2026-01-16"), Lang.EN), "GOV-DEADLINE-NEAR", "structure")
                .message()).contains("is tomorrow (16 January 2026)");
        assertThat(finding(audit(setup.replace("DATE", "2026-02-01"), Lang.FR), "GOV-DEADLINE-NEAR", "structure")
                .message()).contains("tombe dans 17 jours (1er février 2026)");
        assertThat(finding(audit(setup.replace("DATE", "2026-01-14"), Lang.FR), "GOV-DEADLINE-PASSED", "structure")
                .message()).contains("fixée au 14 janvier 2026 (1 jour de retard)");
    }

    private static AuditReport audit(String text, Lang lang) {
        LoadedSetup setup = new SetupLoader().load("test.yaml", new StringReader(text), false);
        return TestPacks.auditor().audit(setup, new AuditOptions(LocalDate.of(2026, 1, 15), lang));
    }

    private static ReportedFinding finding(AuditReport r, String rule, String subject) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " " + subject + " not in " + r.findings()));
    }

    private static InputError onlyError(String text) {
        LoadedSetup setup = new SetupLoader().load("test.yaml", new StringReader(text), false);
        assertThat(setup.errors()).hasSize(1);
        return setup.errors().get(0);
    }
}
