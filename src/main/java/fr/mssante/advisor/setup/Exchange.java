package fr.mssante.advisor.setup;

/**
 * A flow of information with a partner.
 *
 * @param espaceSanteActivated null when not stated
 */
public record Exchange(String id, String partner, String partnerType, String channel, String address,
                       String content, boolean healthData, String direction, String fromMailbox,
                       Boolean espaceSanteActivated, String path) {
}
