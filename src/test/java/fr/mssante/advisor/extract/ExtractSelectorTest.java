package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selection API that {@code init} and {@code directory} share: each extract read once, the
 * establishments of one FINESS ET, one legal entity or one area, with their folded mailboxes and their
 * RPPS activities, and the reading counts. On the hand-written fixtures of {@code extract/}.
 */
class ExtractSelectorTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Extracts CSV = new Extracts(FinessReaderTest.CSV, MailboxReaderTest.FILE, RppsReaderTest.FILE);
    static final Extracts JSON = new Extracts(FinessReaderTest.JSON, MailboxReaderTest.FILE, RppsReaderTest.FILE);

    static SelectedExtracts select(Extracts files, Selection selection) {
        return new ExtractSelector(ExtractReference.of(TestPacks.pack()), DAY, Progress.NONE).select(files, selection);
    }

    @Test
    void oneEstablishmentWithItsFoldedMailboxesAndItsRppsActivities() {
        SelectedExtracts s = select(CSV, Selection.establishment("930000013"));

        assertThat(s.establishments()).hasSize(1);
        SelectedEstablishment e = s.establishments().get(0);
        assertThat(e.finess().name()).isEqualTo("EHPAD LES ÉRABLES");
        // Line 4 repeats line 2's address (in capitals): one mailbox, one repeat folded.
        assertThat(e.mailboxes()).extracting(MailboxRecord::line).containsExactly(2L, 3L);
        assertThat(e.foldedMailboxes()).isEqualTo(1);
        assertThat(e.count(MailboxType.ORG)).isEqualTo(1);
        assertThat(e.activities()).extracting(RppsActivity::line).containsExactly(2L, 7L, 9L);
        // The PER mailbox of line 3 belongs to the nurse of RPPS line 2: same RPPS number, same site.
        assertThat(e.mailboxes().get(1).rpps()).isEqualTo(e.activities().get(0).rpps());

        ReadingCounts c = s.counts();
        assertThat(c.selected()).isEqualTo(1);
        assertThat(c.attachedMailboxes()).isEqualTo(2);
        assertThat(c.foldedMailboxes()).isEqualTo(1);
        assertThat(c.otherMailboxes()).isEqualTo(10 - 2 - 1);
        assertThat(c.attachedActivities()).isEqualTo(3);
        assertThat(c.otherActivities()).isEqualTo(8 - 3);
        assertThat(c.mailboxes().malformed().count()).isEqualTo(4);
        assertThat(c.rpps().malformed().count()).isEqualTo(2);
    }

    @Test
    void anUnmappedProfessionIsReportedOnceWithItsLabelAndCount() {
        SelectedExtracts s = select(CSV, Selection.establishment("930000013"));
        assertThat(s.counts().unmapped()).containsExactly(
                new UnmappedCode(UnmappedCode.Kind.RPPS_PROFESSION, "40", "Chirurgien-Dentiste", 2));
        assertThat(s.reference().profession("60")).map(ExtractReference.Profession::profession).contains("INFIRMIER");
    }

    @Test
    void aLegalEntityGivesItsOpenEstablishmentsInEitherPublication() {
        SelectedExtracts csv = select(CSV, Selection.legalEntity("930999990"));
        SelectedExtracts json = select(JSON, Selection.legalEntity("930999990"));

        assertThat(csv.establishments()).extracting(x -> x.finess().finess())
                .containsExactly("930000013", "930000021", "930000054");
        assertThat(json.establishments()).extracting(x -> x.finess().finess())
                .containsExactly("930000013", "930000021", "930000054");
        // The flux also lists 930000039 (inactive) and 930000047 (closed in 2020): left out and counted.
        assertThat(json.counts().closedLeftOut()).isEqualTo(2);
        assertThat(csv.counts().closedLeftOut()).isZero();
        SelectedEstablishment ssiad = json.establishments().get(1);
        assertThat(ssiad.mailboxes()).extracting(MailboxRecord::line).containsExactly(5L, 6L);
        assertThat(ssiad.activities()).extracting(RppsActivity::line).containsExactly(3L, 4L);
    }

    @Test
    void anAreaIsDepartmentsAndCategoriesWrittenAsUsersWriteThem() {
        SelectedExtracts overseas = select(CSV, Selection.area(List.of("9D"), List.of("500")));
        assertThat(overseas.establishments()).extracting(x -> x.finess().finess()).containsExactly("970400024");
        SelectedExtracts json = select(JSON, Selection.area(List.of("974", "2a"), List.of()));
        assertThat(json.establishments()).extracting(x -> x.finess().finess()).containsExactly("970400024", "2A0000008");
        assertThat(json.establishments().get(0).activities()).extracting(RppsActivity::professionCode).containsExactly("35");
        SelectedExtracts all = select(CSV, Selection.area(List.of(), List.of()));
        assertThat(all.counts().selected()).isEqualTo(8);
    }

    @Test
    void aCategoryTheReferenceDoesNotMapIsReportedNotGuessed() {
        SelectedExtracts s = select(CSV, Selection.area(List.of("94"), List.of("462")));
        assertThat(s.establishments()).extracting(x -> x.finess().finess()).containsExactly("940000045");
        assertThat(s.counts().unmapped()).containsExactly(
                new UnmappedCode(UnmappedCode.Kind.FINESS_CATEGORY, "462", "Lieux de Vie et d'Accueil", 1));
    }

    @Test
    void anUnknownFinessIsAClearErrorThatHelpsWhenItIsTheOtherKindOfNumber() {
        assertThatThrownBy(() -> select(CSV, Selection.establishment("930000999"))).isInstanceOf(ExtractException.class)
                .hasMessageContaining("FINESS 930000999 absent de").hasMessageContaining("(8 établissements lus)")
                .satisfies(e -> assertThat(((ExtractException) e).kind()).isEqualTo(ExtractException.Kind.UNKNOWN_CODE));
        assertThatThrownBy(() -> select(CSV, Selection.establishment("930999990")))
                .hasMessageContaining("c'est le FINESS d'une entité juridique (--legal-entity 930999990)");
        assertThatThrownBy(() -> select(CSV, Selection.legalEntity("930000013")))
                .hasMessageContaining("c'est le FINESS d'un établissement (init 930000013)");
    }

    @Test
    void aClosedEstablishmentIsSaidClosedWithItsDate() {
        assertThatThrownBy(() -> select(JSON, Selection.establishment("930000047")))
                .hasMessageContaining("930000047 est fermé depuis le 27 octobre 2020")
                .satisfies(e -> assertThat(((ExtractException) e).message(Lang.EN)).contains("closed since 27 October 2020"));
        assertThatThrownBy(() -> select(JSON, Selection.establishment("930000039")))
                .hasMessageContaining("fermé depuis le 3 mars 2019");
    }

    @Test
    void unknownDepartmentsAndCategoriesAreNamedAsErrors() {
        assertThatThrownBy(() -> Selection.area(List.of("96"), List.of())).isInstanceOf(ExtractException.class)
                .hasMessageContaining("département « 96 » inconnu");
        assertThatThrownBy(() -> Selection.area(List.of("20"), List.of())).hasMessageContaining("la Corse n'est plus 20");
        assertThatThrownBy(() -> Selection.area(List.of(), List.of("50"))).hasMessageContaining("trois chiffres");
        assertThatThrownBy(() -> select(CSV, Selection.area(List.of(), List.of("999"))))
                .hasMessageContaining("catégorie FINESS « 999 » inconnue");
        assertThatThrownBy(() -> Selection.establishment("93000001")).hasMessageContaining("9 caractères");
    }

    @Test
    void withoutAnRppsFileActivitiesAreEmptyAndNotCounted() {
        SelectedExtracts s = select(new Extracts(FinessReaderTest.CSV, MailboxReaderTest.FILE, null),
                Selection.establishment("930000013"));
        assertThat(s.establishments().get(0).activities()).isEmpty();
        assertThat(s.counts().rpps()).isNull();
        assertThat(s.counts().unmapped()).isEmpty();
    }

    @Test
    void errorsCarryNoPersonalData() {
        // Messages name codes and files, never a name or an RPPS number of the extracts.
        for (Selection wrong : List.of(Selection.establishment("930000999"), Selection.legalEntity("930000013"))) {
            assertThatThrownBy(() -> select(CSV, wrong)).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain("MARTIN", "10000000012", "Marie"));
        }
    }
}
