package fr.mssante.advisor.extract;

import java.util.List;

/**
 * One selected establishment with what the other extracts say of it.
 *
 * @param finess          its FINESS record (open on the selection's date)
 * @param mailboxes       the Annuaire Santé mailboxes whose structure is this FINESS, in file order, each
 *                        address once (compared without case)
 * @param activities      the RPPS activities whose {@code Numéro FINESS site} is this FINESS, in file
 *                        order (one person may have several); empty without an RPPS file
 * @param foldedMailboxes lines left out because their address was already listed for this establishment
 */
public record SelectedEstablishment(FinessEstablishment finess, List<MailboxRecord> mailboxes,
                                    List<RppsActivity> activities, int foldedMailboxes) {

    public SelectedEstablishment {
        mailboxes = List.copyOf(mailboxes);
        activities = List.copyOf(activities);
    }

    public long count(MailboxType type) {
        return mailboxes.stream().filter(m -> m.type() == type).count();
    }
}
