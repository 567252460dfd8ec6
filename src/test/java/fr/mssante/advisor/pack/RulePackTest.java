package fr.mssante.advisor.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kit-wide checks of the shipped pack: the catalogue's ids with their severity and subject kind, texts
 * in both languages, no problem reported by the pack checks. The table below is the public contract.
 */
class RulePackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ELIG-FINESS-MISSING, ERROR, structure",
            "ELIG-FINESS-INVALID, ERROR, structure",
            "ELIG-NO-QUALIFIED-PROFESSIONAL, ERROR, structure",
            "ELIG-RESIDENCE-AUTONOMIE-USE-CASES, WARNING, structure",
            "PRO-RPPS-INVALID, ERROR, professional",
            "PRO-SOCIAL-NOT-REGISTERED, WARNING, professional",
            "PRO-NURSE-RPPS-PLUS, ERROR, professional",
            "PRO-NURSE-NOT-REGISTERED, ERROR, professional",
            "PRO-NO-ESTABLISHMENT-ADMIN, ERROR, structure",
            "PRO-ADMIN-WITHOUT-CPE, ERROR, professional",
            "BAL-ADDRESS-INVALID, ERROR, mailbox",
            "BAL-ADDRESS-NON-ASCII, WARNING, mailbox",
            "BAL-OUTSIDE-TRUST-SPACE, ERROR, mailbox",
            "BAL-OPERATOR-MISSING, WARNING, mailbox",
            "BAL-PER-WITHOUT-RPPS, ERROR, mailbox",
            "BAL-ORG-MISSING, WARNING, structure",
            "BAL-TEAM-WITHOUT-ORG, INFO, structure",
            "BAL-SSIAD-SINGLE-ADDRESS, WARNING, structure",
            "BAL-ORG-PER-USAGER, WARNING, mailbox",
            "BAL-ORG-NO-RESPONSIBLE, WARNING, mailbox",
            "BAL-ORG-ACCESS-UNDEFINED, WARNING, mailbox",
            "BAL-DOUBLE-INTEGRATION, WARNING, mailbox",
            "BAL-HOSPITAL-APP-ONLY, INFO, structure",
            "BAL-DELETED-STILL-USED, ERROR, mailbox",
            "BAL-DELETION-NOTICE, INFO, mailbox",
            "BAL-ORG-NOT-IN-DIRECTORY, WARNING, mailbox",
            "FWD-OUTSIDE-TRUST-SPACE, ERROR, mailbox",
            "FWD-AUTOMATIC, WARNING, mailbox",
            "FWD-DISTRIBUTION-LIST, ERROR, mailbox",
            "FWD-NOTIFICATION-WITH-CONTENT, ERROR, mailbox",
            "FWD-PREFER-NOTIFICATION, INFO, mailbox",
            "ECH-PRESCRIPTION-STANDARD-EMAIL, ERROR, exchange",
            "ECH-HEALTH-DATA-STANDARD-EMAIL, ERROR, exchange",
            "ECH-DOCTOLIB-NOT-MSSANTE, WARNING, exchange",
            "ECH-ADDRESS-OUTSIDE-TRUST-SPACE, ERROR, exchange",
            "ECH-CITIZEN-ADDRESS-INVALID, ERROR, exchange",
            "ECH-ESPACE-SANTE-NOT-ACTIVATED, INFO, exchange",
            "GOV-DEADLINE-PASSED, ERROR, structure",
            "GOV-DEADLINE-NEAR, WARNING, structure",
            "GOV-NOT-DEPLOYED, WARNING, structure",
            "GOV-NO-USAGE-PROTOCOL, INFO, structure",
            "GOV-NO-DOCUMENT-INTEGRATION, WARNING, structure",
            "PORT-APP-PER-ESTABLISHMENT, INFO, legalEntityFiness",
            "ACK-EXPIRED, WARNING, acknowledged subject",
            "ACK-UNUSED, INFO, acknowledged subject",
    })
    void catalogueRuleIsInThePackWithItsMetadataAndTexts(String id, Severity severity, String subject) {
        RuleInfo rule = TestPacks.pack().rule(id).orElseThrow(() -> new AssertionError(id + " missing"));
        assertThat(rule.severity()).isEqualTo(severity);
        assertThat(rule.subjectKind()).isEqualTo(subject);
        assertThat(rule.file()).endsWith(".drl");
        assertThat(rule.line()).isPositive();
        for (Lang lang : Lang.values()) {
            RuleTexts texts = TestPacks.pack().messages().find(id, lang).orElseThrow();
            assertThat(texts.title()).isNotBlank();
            assertThat(texts.message()).isNotBlank();
            assertThat(texts.recommendation()).isNotBlank();
            assertThat(texts.reference()).isNotBlank();
        }
    }

    @Test
    void shippedPackHasNoProblem() {
        assertThat(TestPacks.pack().problems()).isEmpty();
        assertThat(TestPacks.pack().rules()).hasSize(45);
    }

    @Test
    void frenchTextsUseOnlyThePlaceholdersTheirRuleGives() {
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        TestPacks.pack().messages().texts().forEach((id, byLang) -> byLang.forEach((lang, t) -> {
            Matcher m = placeholder.matcher(t.title() + t.recommendation());
            assertThat(m.find()).as(id + " " + lang + ": placeholders only in messages").isFalse();
        }));
    }
}
