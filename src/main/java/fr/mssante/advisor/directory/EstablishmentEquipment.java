package fr.mssante.advisor.directory;

import java.util.List;

/** An establishment in scope with the mailboxes the Annuaire Santé attaches to it, in file order. */
public record EstablishmentEquipment(FinessEstablishment establishment, List<MailboxLine> mailboxes) {

    public EstablishmentEquipment {
        mailboxes = List.copyOf(mailboxes);
    }

    public long count(String type) {
        return mailboxes.stream().filter(m -> m.type().equals(type)).count();
    }
}
