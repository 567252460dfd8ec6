package fr.mssante.advisor.directory;

/**
 * One mailbox of the Annuaire Santé extraction, reduced to what the dashboard needs.
 *
 * @param type    {@code Type de BAL}: PER, ORG, APP or CAB
 * @param address {@code Adresse BAL}
 * @param finess  the FINESS ET of {@code Identification Structure} (its leading type digit {@code 1}
 *                removed) when {@code Type identifiant structure} is 1 (FINESS), else null
 */
public record MailboxLine(String type, String address, String finess) {
}
