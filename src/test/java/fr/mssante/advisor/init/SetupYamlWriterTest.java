package fr.mssante.advisor.init;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.Setup;
import fr.mssante.advisor.setup.SetupLoader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every value {@code init} writes is read back, by the advisor's own setup reader, as exactly what the
 * extract said: the writer's quoting is proven here on the strings that break hand-made YAML.
 */
class SetupYamlWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final Source FINESS = new Source("FINESS (flux JSON)", "finess.json", LocalDate.of(2026, 3, 9));
    private static final Source MAILBOXES = new Source("Annuaire Santé (boîtes MSSanté)", "bal.txt", null);
    private static final Source RPPS = new Source("RPPS (activités)", "rpps.txt", LocalDate.of(2026, 8, 1));

    /** Strings YAML reads as something else, or that end a value or a comment, when written bare. */
    static List<String> hostile() {
        return List.of("EHPAD \"Les Lilas\"", "L'Orée de l'Ain", "Soins : équipe", "Résidence # 1", "#début",
                "010000024", "0123", "1e3", "0x1F", "yes", "No", "on", "null", "~", "true", "2026-03-09", "12:30",
                "- tiret", "? question", "&ancre", "*alias", "!etiquette", "%directive", "@arobase", "`accent`",
                "{accolade}", "[crochet]", "a, b", "|barre", ">plus", "  espaces autour  ", "", " ", "Zoé N'DIAYE",
                "ÉLÉONORE ÇA", "ligne\nsuivante", "retour\r\nchariot", "tab\tulation", "nul\u0000", "bip\u0007",
                "sép\u2028aration", "suivant\u0085", "zéro\u200blargeur", "émoji 🏥", "\\antislash\\", "'\"'\"",
                "x".repeat(500));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyTextValueReadsBackAsWritten(String value) {
        SetupDraft draft = draft(value, value, value);
        String yaml = SetupYamlWriter.write(draft, DAY);

        LoadedSetup loaded = load(yaml);
        assertThat(loaded.errors()).as("input errors for %s in:%n%s", value, yaml).isEmpty();
        Setup setup = loaded.setup();
        assertThat(setup.structure().name()).isEqualTo(value.isBlank() ? setup.structure().name() : value);
        assertThat(setup.structure().legalEntityFiness()).isEqualTo(value);
        assertThat(setup.professionals().get(0).lastName()).isEqualTo(value);
        assertThat(setup.professionals().get(0).firstName()).isEqualTo(value);
        assertThat(setup.mailboxes().get(0).address()).isEqualTo(value);
        // And by a plain YAML 1.1 reader too: the same strings, nothing typed otherwise.
        Object plain = new Yaml().load(yaml);
        assertThat(plain.toString()).isNotNull();
    }

    @Test
    void numbersWithLeadingZerosStayStrings() {
        SetupDraft draft = draft("EHPAD", "010000016", "Jean");
        Setup setup = load(SetupYamlWriter.write(draft, DAY)).setup();

        assertThat(setup.structure().finess()).isEqualTo("010000024");
        assertThat(setup.structure().legalEntityFiness()).isEqualTo("010000016");
        assertThat(setup.professionals().get(0).rpps()).isEqualTo("00000000017");
    }

    @Test
    void aLineBreakInANameNeverEscapesItsComment() {
        String name = "Dupont\nformat: autre\r# fin";
        SetupDraft draft = draft(name, "930000013", name);
        String yaml = SetupYamlWriter.write(draft, DAY);

        assertThat(yaml.lines().filter(l -> l.startsWith("format:"))).containsExactly("format: mssante-setup/1");
        assertThat(load(yaml).errors()).isEmpty();
    }

    @Test
    void aValueBeyondTheReadingLimitIsCutAndSaid() {
        String huge = "É".repeat(SetupYamlWriter.MAX_TEXT + 50);
        String yaml = SetupYamlWriter.write(draft(huge, "930000013", "Jean"), DAY);

        LoadedSetup loaded = load(yaml);
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.setup().structure().name()).hasSize(SetupYamlWriter.MAX_TEXT);
        assertThat(yaml).contains("À COMPLÉTER : valeur de l'extraction coupée à " + SetupYamlWriter.MAX_TEXT);
    }

    @Test
    void whatOnlyTheStructureKnowsIsMarkedAndTheSourcesAreDated() {
        String yaml = SetupYamlWriter.write(draft("EHPAD Les Lilas", "930000013", "Jean"), DAY);

        assertThat(yaml).startsWith("# Configuration MSSanté de « EHPAD Les Lilas » (FINESS 010000024),\n")
                .contains("# préparée par mssante-advisor init le 1er septembre 2026",
                        "FINESS (flux JSON) du 9 mars 2026 : finess.json",
                        "Annuaire Santé (boîtes MSSanté) (date non indiquée) : bal.txt",
                        "RPPS (activités) du 1er août 2026 : rpps.txt");
        for (String key : List.of("hospitalBased: false", "usageProtocol: false", "documentIntegration: false",
                "deployed: false", "role: CARE", "card: NONE", "establishmentAdmin: false")) {
            assertThat(yaml.lines().filter(l -> l.contains(key)))
                    .as(key).isNotEmpty().allMatch(l -> l.contains("# À COMPLÉTER"));
        }
        for (String fact : List.of("careTeams:", "useCases:", "dui:", "programme:", "operator:", "responsible:",
                "authorizedUsers:", "team:", "clients:", "forwarding", "- id: ex-pharmacie")) {
            assertThat(yaml.lines().filter(l -> l.contains(fact)).toList()).as(fact).isNotEmpty()
                    .allMatch(l -> l.trim().startsWith("#"));
        }
        assertThat(yaml).endsWith("exchanges: []\n");
    }

    @Test
    void anUnlinkedPersonalMailboxSaysWhoToAdd() {
        SetupDraft.Mailbox per = new SetupDraft.Mailbox("bal-zoe", "zoe@x.mssante.fr", MailboxType.PER, true, null,
                "Zoé N'DIAYE, identifiant national 810000000074", 6, null);
        SetupDraft d = withMailboxes(draft("EHPAD", "930000013", "Jean"), List.of(per));
        String yaml = SetupYamlWriter.write(d, DAY);

        assertThat(yaml).contains("# À COMPLÉTER : titulaire (Zoé N'DIAYE, identifiant national 810000000074) absent"
                + " de l'extraction RPPS pour ce site");
        Setup setup = load(yaml).setup();
        assertThat(setup.mailboxes().get(0).owner()).isNull();
    }

    private static LoadedSetup load(String yaml) {
        return new SetupLoader().load("init.yaml", new StringReader(yaml), false);
    }

    /** A draft whose every free text is {@code text} (the FINESS ET stays a real one). */
    private static SetupDraft draft(String text, String legalEntity, String person) {
        SetupDraft.Structure s = new SetupDraft.Structure(text.isBlank() ? "Établissement FINESS 010000024" : text,
                !text.isBlank(), 3, "010000024", legalEntity, text, "EHPAD", "500", text, true, "01");
        SetupDraft.Professional p = new SetupDraft.Professional("p-x", person, person, "INFIRMIER", "60", text, true,
                "ORDER", "00000000017", null, List.of(2L, 9L));
        SetupDraft.Mailbox m = new SetupDraft.Mailbox("bal-x", text, MailboxType.ORG, false, null, null, 4, text);
        return new SetupDraft(FINESS, MAILBOXES, RPPS, s, List.of(p), List.of(m), 1);
    }

    private static SetupDraft withMailboxes(SetupDraft d, List<SetupDraft.Mailbox> boxes) {
        return new SetupDraft(d.finessSource(), d.mailboxSource(), d.rppsSource(), d.structure(), d.professionals(),
                new ArrayList<>(boxes), 0);
    }
}
