package fr.mssante.advisor.facts;

import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Setup;
import java.util.List;

/**
 * What the portfolio rules see of one audited structure when several setup files are audited
 * together (the structures of one organisme gestionnaire, typically).
 */
public record PortfolioEntry(String source, String structureName, String legalEntityFiness, String duiName,
                             List<Mailbox> mailboxes) {

    public PortfolioEntry {
        mailboxes = List.copyOf(mailboxes);
    }

    /** An active mailbox of this type connected to this client (e.g. an APP mailbox on the DUI). */
    public boolean hasActiveMailbox(String type, String client) {
        return mailboxes.stream().anyMatch(m -> m.active() && type.equals(m.type()) && m.clients().contains(client));
    }

    public static PortfolioEntry of(String source, Setup setup) {
        return new PortfolioEntry(source, setup.structure().name(), blankToNull(setup.structure().legalEntityFiness()),
                blankToNull(setup.structure().duiName()), setup.mailboxes());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
