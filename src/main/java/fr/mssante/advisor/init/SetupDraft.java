package fr.mssante.advisor.init;

import fr.mssante.advisor.extract.MailboxType;
import java.util.List;

/**
 * What the public extracts say of one establishment, in the setup format's terms, with where each
 * value came from: the model {@link SetupYamlWriter} writes. Everything else (deployment, programme,
 * protocol, operators, who opens each mailbox…) only the structure knows: the writer marks it
 * {@code # À COMPLÉTER}.
 *
 * @param finessSource    the FINESS publication read
 * @param mailboxSource   the Annuaire Santé extraction read
 * @param rppsSource      the RPPS extraction read, or null when none was given
 * @param foldedMailboxes repeated lines of an address already listed, left out
 */
public record SetupDraft(Source finessSource, Source mailboxSource, Source rppsSource, Structure structure,
                         List<Professional> professionals, List<Mailbox> mailboxes, int foldedMailboxes) {

    public SetupDraft {
        professionals = List.copyOf(professionals);
        mailboxes = List.copyOf(mailboxes);
    }

    /**
     * @param name              the FINESS long name, else the short one; never blank (a placeholder when
     *                          the FINESS gives none, {@code nameFromFiness} false)
     * @param line              the establishment's line in the FINESS file
     * @param category          the setup category; {@code AUTRE} when the reference data does not map
     *                          {@code categoryCode} ({@code categoryMapped} false)
     * @param categoryLabel     the reference data's label, else the FINESS one, or null
     */
    public record Structure(String name, boolean nameFromFiness, long line, String finess, String legalEntityFiness,
                            String legalEntityName, String category, String categoryCode, String categoryLabel,
                            boolean categoryMapped, String department) {
    }

    /**
     * One person of the RPPS extraction practising at the establishment (their activities there folded).
     *
     * @param profession      the setup profession; {@code AUTRE} when unmapped ({@code professionMapped} false)
     * @param registeredBy    {@code ORDER} or {@code RPPS_PLUS} from the reference data; null when unmapped
     * @param rpps            from {@code Identification nationale PP} {@code 8…}, or null
     * @param adeli           from {@code Identification nationale PP} {@code 0…}, or null
     * @param lines           the RPPS lines of their activities at this establishment
     */
    public record Professional(String id, String firstName, String lastName, String profession,
                               String professionCode, String professionLabel, boolean professionMapped,
                               String registeredBy, String rpps, String adeli, List<Long> lines) {

        public Professional {
            lines = List.copyOf(lines);
        }

        /** Leaves the person out (the id is made of their name). */
        @Override
        public String toString() {
            return "Professional[profession=" + profession + ", lines=" + lines + "]";
        }
    }

    /**
     * One mailbox of the Annuaire Santé attached to the establishment.
     *
     * @param addressValid whether the address as published is a valid address (else BAL-ADDRESS-INVALID
     *                     will say so; the writer notes it)
     * @param ownerId      PER: the professional whose national id the line carries, or null when that
     *                     person is not in the RPPS extraction at this establishment
     * @param ownerHint    PER without owner: who the line names (the name of exercise, and the
     *                     national id), for the comment that asks to add that person; else null
     * @param service      {@code Service de rattachement}, or null
     */
    public record Mailbox(String id, String address, MailboxType type, boolean addressValid, String ownerId,
                          String ownerHint, long line, String service) {

        /** Leaves the person out (a PER id is made of the address). */
        @Override
        public String toString() {
            return "Mailbox[type=" + type + ", line=" + line + "]";
        }
    }
}
