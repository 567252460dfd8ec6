package fr.mssante.advisor.facts;

import fr.mssante.advisor.setup.Setup;

/**
 * What the portfolio rules see of one audited structure when several setup files are audited
 * together (structures of one organisme gestionnaire, typically).
 *
 * @param activeAppOnDui an active APP mailbox is connected to the structure's DUI
 */
public record PortfolioEntry(String source, String structureName, String legalEntityFiness, String duiName,
                             boolean activeAppOnDui) {

    public static PortfolioEntry of(String source, Setup setup) {
        boolean appOnDui = setup.mailboxes().stream()
                .anyMatch(m -> m.active() && "APP".equals(m.type()) && m.clients().contains("DUI"));
        return new PortfolioEntry(source, setup.structure().name(), blankToNull(setup.structure().legalEntityFiness()),
                blankToNull(setup.structure().duiName()), appOnDui);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
