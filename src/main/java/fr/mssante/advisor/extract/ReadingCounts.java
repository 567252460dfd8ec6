package fr.mssante.advisor.extract;

import java.util.List;

/**
 * What a selection read, for the report's "inputs" part.
 *
 * @param rpps                   null when no RPPS file was given
 * @param selected               establishments selected (open)
 * @param closedLeftOut          establishments matching the selection but closed on the selection's date
 *                               (inactive, or closed before it)
 * @param repeatedEstablishments further lines of a FINESS already read (the first one is kept)
 * @param attachedMailboxes      mailboxes kept for the selected establishments
 * @param foldedMailboxes        repeats of an address already kept for the same establishment
 * @param otherMailboxes         well-formed mailboxes of no selected establishment
 * @param attachedActivities     RPPS activities at a selected establishment
 * @param otherActivities        well-formed RPPS activities elsewhere (or with no FINESS site)
 * @param unmapped               codes of the selection the reference data does not map, by kind then code
 */
public record ReadingCounts(FinessReading finess, MailboxReading mailboxes, RppsReading rpps, int selected,
                            long closedLeftOut, long repeatedEstablishments, long attachedMailboxes,
                            long foldedMailboxes, long otherMailboxes, long attachedActivities,
                            long otherActivities, List<UnmappedCode> unmapped) {

    public ReadingCounts {
        unmapped = List.copyOf(unmapped);
    }
}
