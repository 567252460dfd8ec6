package fr.mssante.advisor.setup;

import java.util.List;

/** Present when a mailbox address is in fact a distribution list. */
public record DistributionList(String mailboxId, List<String> members, String path) {

    public DistributionList {
        members = List.copyOf(members);
    }
}
