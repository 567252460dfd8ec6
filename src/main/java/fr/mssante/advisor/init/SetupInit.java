package fr.mssante.advisor.init;

import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.ExtractSelector;
import fr.mssante.advisor.extract.Extracts;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.ReadingCounts;
import fr.mssante.advisor.extract.SelectedExtracts;
import fr.mssante.advisor.extract.Selection;
import fr.mssante.advisor.timing.Phases;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code init}'s work, for the command line and the service alike: reads the extracts once for a
 * selection ({@link ExtractSelector}) and writes one setup file per selected establishment, in memory;
 * where the texts go (standard output, a folder, an HTTP response) is the caller's business.
 */
public final class SetupInit {

    /** One setup file: its establishment, the name it is written under ({@code <FINESS>.yaml}), its text. */
    public record Prepared(String finess, String fileName, String yaml, SetupDraft draft) {

        /** Leaves the text out: it holds names and RPPS numbers. */
        @Override
        public String toString() {
            return "Prepared[" + fileName + "]";
        }
    }

    /** Every file prepared, in FINESS file order, and what the reading saw (for the user's summary). */
    public record Result(List<Prepared> files, ReadingCounts counts) {

        public Result {
            files = List.copyOf(files);
        }
    }

    private final ExtractReference reference;
    private final LocalDate asOf;
    private final Progress progress;

    /**
     * @param asOf the day establishments must be open on, and the date the files say they were prepared
     */
    public SetupInit(ExtractReference reference, LocalDate asOf, Progress progress) {
        this.reference = reference;
        this.asOf = asOf;
        this.progress = progress;
    }

    /**
     * @throws fr.mssante.advisor.extract.ExtractException a wrong, missing or unreadable extract, or a
     *                                                     selection the FINESS does not know
     */
    public Result prepare(Extracts files, Selection selection) {
        SelectedExtracts selected = new ExtractSelector(reference, asOf, progress).select(files, selection);
        Phases.mark("extracts read and selected");
        return prepare(selected);
    }

    /**
     * The setup files of establishments already selected (a service that keeps its extracts selected
     * writes from them without reading the files again).
     */
    public Result prepare(SelectedExtracts selected) {
        ReadingCounts counts = selected.counts();
        Source finess = Source.of(counts.finess());
        Source mailboxes = Source.of(counts.mailboxes());
        Source rpps = Source.of(counts.rpps());
        // Establishments are independent: a department's thousands of files are prepared on every core
        // (in FINESS order all the same).
        List<Prepared> out = selected.establishments().parallelStream().map(e -> {
            SetupDraft draft = new DraftBuilder(selected.reference()).build(e, finess, mailboxes, rpps);
            return new Prepared(e.finess().finess(), e.finess().finess() + ".yaml", SetupYamlWriter.write(draft, asOf),
                    draft);
        }).toList();
        Phases.mark("setup files prepared");
        return new Result(out, counts);
    }
}
