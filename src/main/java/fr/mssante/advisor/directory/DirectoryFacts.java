package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.FinessEstablishment;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Professional;
import fr.mssante.advisor.setup.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts the rules see for one establishment of the extracts: a {@link Structure}, one
 * {@link Mailbox} per mailbox of the Annuaire Santé and, when the RPPS was read, one
 * {@link Professional} per person practising there ({@link Practitioners}), a personal mailbox's owner
 * being the one whose national id its line gives. Only what the extracts say is filled in; the rest
 * takes the setup format's "absent" values, which is why only the rules of
 * {@code reference/directory.yaml} may run on these facts.
 */
final class DirectoryFacts {

    /** Published in the Annuaire Santé means existing and in use. */
    static final String STATUS = "ACTIVE";

    private DirectoryFacts() {
    }

    /** @param people the professionals practising there; null when no RPPS file was read */
    static List<Object> of(SelectedEstablishment e, String setupCategory, List<Practitioners.Person> people) {
        List<Object> facts = new ArrayList<>(1 + e.mailboxes().size() + (people == null ? 0 : people.size()));
        FinessEstablishment f = e.finess();
        facts.add(new Structure(f.name(), f.finess(), null, setupCategory, false, List.of(), List.of(), false, false,
                null, "structure"));
        List<MailboxRecord> mailboxes = e.mailboxes();
        for (int i = 0; i < mailboxes.size(); i++) {
            MailboxRecord m = mailboxes.get(i);
            String owner = people == null || m.type() != MailboxType.PER ? null
                    : Practitioners.ownerOf(m, people).map(Practitioners.Person::id).orElse(null);
            facts.add(new Mailbox(mailboxId(m, i), m.address(), m.type().name(), null, owner, null, null, null, null,
                    List.of(), STATUS, true, List.of(), null, null, "mailboxes[" + i + "]"));
        }
        if (people != null) {
            for (int i = 0; i < people.size(); i++) {
                Practitioners.Person p = people.get(i);
                facts.add(new Professional(p.id(), null, null, p.profession(), null, p.rpps(), p.adeli(),
                        p.registeredBy(), null, false, "professionals[" + i + "]"));
            }
        }
        return facts;
    }

    /** How a finding names a mailbox: its type and rank in the establishment, e.g. {@code ORG-2}. */
    static String mailboxId(MailboxRecord m, int index) {
        return m.type().name() + "-" + (index + 1);
    }
}
