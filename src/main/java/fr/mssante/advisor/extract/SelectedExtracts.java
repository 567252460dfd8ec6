package fr.mssante.advisor.extract;

import java.util.List;

/**
 * The result of a selection: the establishments in FINESS file order, and the reading counts.
 *
 * @param reference the reference data the unmapped codes were judged by
 */
public record SelectedExtracts(Selection selection, List<SelectedEstablishment> establishments,
                               ReadingCounts counts, ExtractReference reference) {

    public SelectedExtracts {
        establishments = List.copyOf(establishments);
    }
}
