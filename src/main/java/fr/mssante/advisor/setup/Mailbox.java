package fr.mssante.advisor.setup;

import java.util.List;

/**
 * An MSSanté mailbox (BAL). Its forwarding rules, notification and distribution list are separate
 * facts that point back to it by {@code mailboxId}.
 *
 * @param authorizedUsers null when the field is absent ("not defined"), possibly empty otherwise
 */
public record Mailbox(String id, String address, String type, String operator, String owner, String team,
                      String usager, String responsible, List<String> authorizedUsers, List<String> clients,
                      String status, boolean listedInDirectory, List<Forwarding> forwarding,
                      Notification notification, DistributionList distributionList, String path) {

    public Mailbox {
        authorizedUsers = authorizedUsers == null ? null : List.copyOf(authorizedUsers);
        clients = List.copyOf(clients);
        forwarding = List.copyOf(forwarding);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
