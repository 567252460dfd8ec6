package fr.mssante.advisor.facts;

import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Setup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a setup into the facts the rules match on. Nested parts (a mailbox's forwarding rules,
 * notification, distribution list; the structure's care teams; the programme) become facts of their
 * own so that a rule can name them directly.
 */
public final class SetupFacts {

    private SetupFacts() {
    }

    public static List<Object> of(Setup setup, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AuditDate(asOf));
        facts.add(setup.structure());
        facts.addAll(setup.structure().careTeams());
        facts.add(setup.deployment());
        if (setup.deployment().programme() != null) {
            facts.add(setup.deployment().programme());
        }
        facts.addAll(setup.professionals());
        for (Mailbox m : setup.mailboxes()) {
            facts.add(m);
            facts.addAll(m.forwarding());
            if (m.notification() != null) {
                facts.add(m.notification());
            }
            if (m.distributionList() != null) {
                facts.add(m.distributionList());
            }
        }
        facts.addAll(setup.exchanges());
        facts.addAll(setup.acknowledgements());
        return facts;
    }
}
