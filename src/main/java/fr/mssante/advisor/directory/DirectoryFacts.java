package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.FinessEstablishment;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts the rules see for one establishment of the extracts: a {@link Structure} and one
 * {@link Mailbox} per mailbox of the Annuaire Santé. Only what the extracts say is filled in; the
 * rest takes the setup format's "absent" values, which is why only the rules of
 * {@code reference/directory.yaml} may run on these facts.
 */
final class DirectoryFacts {

    /** Published in the Annuaire Santé means existing and in use. */
    static final String STATUS = "ACTIVE";

    private DirectoryFacts() {
    }

    static List<Object> of(SelectedEstablishment e, String setupCategory) {
        List<Object> facts = new ArrayList<>(1 + e.mailboxes().size());
        FinessEstablishment f = e.finess();
        facts.add(new Structure(f.name(), f.finess(), null, setupCategory, false, List.of(), List.of(), false, false,
                null, "structure"));
        List<MailboxRecord> mailboxes = e.mailboxes();
        for (int i = 0; i < mailboxes.size(); i++) {
            MailboxRecord m = mailboxes.get(i);
            facts.add(new Mailbox(mailboxId(m, i), m.address(), m.type().name(), null, null, null, null, null, null,
                    List.of(), STATUS, true, List.of(), null, null, "mailboxes[" + i + "]"));
        }
        return facts;
    }

    /** How a finding names a mailbox: its type and rank in the establishment, e.g. {@code ORG-2}. */
    static String mailboxId(MailboxRecord m, int index) {
        return m.type().name() + "-" + (index + 1);
    }
}
