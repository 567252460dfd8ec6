package fr.mssante.advisor.setup.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closest-name suggestion: plausible slips find their name, unrelated words find nothing. */
class SuggestionsTest {

    private static final List<String> MAILBOX = List.of("id", "address", "type", "operator", "owner", "team", "usager",
            "responsible", "authorizedUsers", "clients", "status", "listedInDirectory", "forwarding", "notification",
            "distributionList");
    private static final List<String> EXCHANGE = List.of("id", "partner", "partnerType", "channel", "address",
            "content", "healthData", "direction", "fromMailbox", "espaceSanteActivated");
    private static final List<String> TOP = List.of("format", "structure", "deployment", "professionals", "mailboxes",
            "exchanges", "acknowledgements");
    private static final List<String> PROFESSIONS = List.of("MEDECIN", "INFIRMIER", "AIDE_SOIGNANT",
            "MASSEUR_KINESITHERAPEUTE", "EDUCATEUR_SPECIALISE", "SECRETAIRE");

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a slip finds the name meant")
    @CsvSource({
            "fowarding, forwarding",           // a letter missing
            "statut, status",                  // French spelling
            "adresse, address",
            "responsable, responsible",
            "Forwarding, forwarding",          // case
            "listed_in_directory, listedInDirectory", // separators
            "teams, team",                     // the name with something added
            "typeBal, type"})
    void mailboxSlips(String typed, String meant) {
        assertThat(Suggestions.closest(typed, MAILBOX)).contains(meant);
    }

    @Test
    @DisplayName("three edits in eight letters is still a typo")
    void dateline() {
        assertThat(Suggestions.closest("dateline", List.of("name", "deadline"))).contains("deadline");
    }

    @Test
    @DisplayName("the start of a name, or a part of it found in one name only, finds that name")
    void partsOfNames() {
        assertThat(Suggestions.closest("from", EXCHANGE)).contains("fromMailbox");
        assertThat(Suggestions.closest("mailbox", EXCHANGE)).contains("fromMailbox");
        assertThat(Suggestions.closest("deployment2", TOP)).contains("deployment");
        assertThat(Suggestions.closest("KINE", PROFESSIONS)).contains("MASSEUR_KINESITHERAPEUTE");
        assertThat(Suggestions.closest("aide-soignant", PROFESSIONS)).contains("AIDE_SOIGNANT");
        assertThat(Suggestions.closest("ÉDUCATEUR SPÉCIALISÉ", PROFESSIONS)).contains("EDUCATEUR_SPECIALISE");
    }

    @Test
    @DisplayName("a field written in French finds the field it means at that place, and only there")
    void frenchFieldNames() {
        List<String> structure = List.of("name", "finess", "legalEntityFiness", "category", "careTeams", "dui");
        List<String> professional = List.of("id", "firstName", "lastName", "profession", "role", "rpps", "card");
        assertThat(Suggestions.closest("nom", structure)).contains("name");
        assertThat(Suggestions.closest("nom", professional)).contains("lastName");
        assertThat(Suggestions.closest("Prénom", professional)).contains("firstName");
        assertThat(Suggestions.closest("catégorie", structure)).contains("category");
        assertThat(Suggestions.closest("équipes", structure)).contains("careTeams");
        assertThat(Suggestions.closest("équipe", MAILBOX)).contains("team");
        assertThat(Suggestions.closest("titulaire", MAILBOX)).contains("owner");
        assertThat(Suggestions.closest("transferts", MAILBOX)).contains("forwarding");
        assertThat(Suggestions.closest("canal", EXCHANGE)).contains("channel");
        assertThat(Suggestions.closest("dérogations", TOP)).contains("acknowledgements");
        assertThat(Suggestions.closest("prénom", MAILBOX)).as("a mailbox has no first name").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an unrelated word gets no suggestion")
    @CsvSource({"telephone", "email", "notes", "commentaireLibre", "x", "zzzzzz"})
    void unrelatedMailboxWords(String typed) {
        assertThat(Suggestions.closest(typed, MAILBOX)).isEmpty();
    }

    @Test
    @DisplayName("no suggestion for unrelated top-level words, short parts found in several names, or blank input")
    void noNonsense() {
        assertThat(Suggestions.closest("remarques", TOP)).isEmpty();
        assertThat(Suggestions.closest("observations", TOP)).isEmpty();
        assertThat(Suggestions.closest("version", TOP)).isEmpty();
        assertThat(Suggestions.closest("to", List.of("to", "automatic")).orElseThrow()).isEqualTo("to");
        assertThat(Suggestions.closest("list", MAILBOX)).as("a part found in two names").isEmpty();
        assertThat(Suggestions.closest("dist", MAILBOX)).as("found in one name only").contains("distributionList");
        assertThat(Suggestions.closest("bal-accueil", List.of("bal-soins"))).isEmpty();
        assertThat(Suggestions.closest("p-durand", List.of("p-dupont"))).isEmpty();
        assertThat(Suggestions.closest(" ", MAILBOX)).isEmpty();
        assertThat(Suggestions.closest(null, MAILBOX)).isEmpty();
    }

    @Test
    @DisplayName("Damerau–Levenshtein: a swap of two neighbours is one edit, also with an edit between them")
    void distance() {
        assertThat(Suggestions.distance("ephad", "ehpad")).isEqualTo(1);
        assertThat(Suggestions.distance("ca", "abc")).isEqualTo(2);
        assertThat(Suggestions.distance("dateline", "deadline")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    @DisplayName("the edits a typo may hold grow with the word, from one to four")
    void tolerance() {
        assertThat(Suggestions.tolerated("id")).isEqualTo(1);
        assertThat(Suggestions.tolerated("from")).isEqualTo(1);
        assertThat(Suggestions.tolerated("statut")).isEqualTo(2);
        assertThat(Suggestions.tolerated("dateline")).isEqualTo(3);
        assertThat(Suggestions.tolerated("acknowledgements")).isEqualTo(4);
    }
}
