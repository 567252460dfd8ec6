package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mssante.advisor.pack.RulePackLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The readings done side by side (all three files for one establishment; mailboxes and activities
 * together otherwise) select exactly what one after the other would, and fail as it would.
 */
class ConcurrentReadingTest {

    private static final Path INIT = Path.of("src/test/resources/init");
    private static final Extracts FILES = new Extracts(INIT.resolve("finess-structures-journalier-20260309.json"),
            INIT.resolve("Extraction_Correspondance_MSSante_202608010400.txt"),
            INIT.resolve("PS_LibreAcces_Personne_activite_202608010400.txt"));
    private static final Path MISSING_COLUMN = Path.of("src/test/resources/extract/rpps/rpps-missing-column.txt");

    private static SelectedExtracts select(Extracts files, Selection selection) {
        return new ExtractSelector(ExtractReference.of(RulePackLoader.defaultRoot()), LocalDate.of(2026, 9, 1),
                Progress.NONE).select(files, selection);
    }

    @Test
    void oneEstablishmentReadBesideTheFinessIsWhatItsLegalEntityGives() {
        SelectedEstablishment alone = select(FILES, Selection.establishment("930000021")).establishments().get(0);
        SelectedEstablishment inEntity = select(FILES, Selection.legalEntity("930000013")).establishments().stream()
                .filter(e -> e.finess().finess().equals("930000021")).findFirst().orElseThrow();

        assertThat(alone.mailboxes()).extracting(MailboxRecord::line)
                .containsExactlyElementsOf(inEntity.mailboxes().stream().map(MailboxRecord::line).toList())
                .hasSize(6);
        assertThat(alone.activities()).extracting(RppsActivity::line)
                .containsExactlyElementsOf(inEntity.activities().stream().map(RppsActivity::line).toList())
                .hasSize(7);
        assertThat(alone.foldedMailboxes()).isEqualTo(inEntity.foldedMailboxes()).isEqualTo(1);
        ReadingCounts counts = select(FILES, Selection.establishment("930000021")).counts();
        assertThat(counts.attachedMailboxes()).isEqualTo(6);
        assertThat(counts.foldedMailboxes()).isEqualTo(1);
        assertThat(counts.attachedActivities()).isEqualTo(7);
    }

    @Test
    void anUnknownFinessIsSaidBeforeABrokenFileReadMeanwhile() {
        Extracts broken = new Extracts(FILES.finess(), FILES.mailboxes(), MISSING_COLUMN);

        assertThatThrownBy(() -> select(broken, Selection.establishment("930000088")))
                .isInstanceOfSatisfying(ExtractException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtractException.Kind.UNKNOWN_CODE));
        assertThatThrownBy(() -> select(broken, Selection.establishment("930000021")))
                .isInstanceOfSatisfying(ExtractException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtractException.Kind.MISSING_COLUMN));
        assertThatThrownBy(() -> select(broken, Selection.area(java.util.List.of("93"), java.util.List.of("500"))))
                .isInstanceOfSatisfying(ExtractException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtractException.Kind.MISSING_COLUMN));
    }
}
