package fr.mssante.advisor.extract;

/**
 * One mailbox line of the Annuaire Santé extraction. Empty fields are null. Holds names and RPPS
 * numbers: {@link #toString()} leaves them out, so that no log line can carry them.
 *
 * @param line            its line number in the file (from 1)
 * @param ppIdType        {@code Type Identifiant PP}: {@code 8} RPPS, {@code 0} ADELI
 * @param nationalPpId    {@code Identification nationale PP}: the type digit then the identifier
 *                        ({@code 8} + RPPS), which links a PER mailbox to the RPPS extraction
 * @param structureIdType {@code Type identifiant structure}: {@code 1} is FINESS
 * @param finess          the FINESS ET of {@code Identification Structure} (its leading {@code 1}
 *                        removed) when the structure is identified by a FINESS, else null
 * @param department      {@code Département structure BAL}, as written
 */
public record MailboxRecord(long line, MailboxType type, String address, String ppIdType, String ppId,
                            String nationalPpId, String structureIdType, String structureId, String finess,
                            String service, String civility, String lastName, String firstName,
                            String professionCode, String professionLabel, String savoirFaireCode,
                            String savoirFaireLabel, String structureName, String department) {

    /** The RPPS number of the mailbox's owner ({@code Identification nationale PP} {@code 8…}), or null. */
    public String rpps() {
        return NationalIds.rpps(ppIdType, ppId, nationalPpId);
    }

    @Override
    public String toString() {
        return "MailboxRecord[line=" + line + ", type=" + type + ", finess=" + finess + "]";
    }
}
