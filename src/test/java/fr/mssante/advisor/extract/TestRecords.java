package fr.mssante.advisor.extract;

import java.util.List;

/** Records of the extracts built in a test, with only the fields the test is about. */
public final class TestRecords {

    private TestRecords() {
    }

    public static FinessEstablishment establishment(String finess, String name, String category, String department) {
        return new FinessEstablishment(2, FinessPublication.ETALAB_CSV, finess, null, null, name, null, category, null,
                department, department, null, null, null, null, null, null, true);
    }

    public static MailboxRecord mailbox(MailboxType type, String address, String finess) {
        return new MailboxRecord(2, type, address, null, null, null, "1", finess, finess, null, null, null, null, null,
                null, null, null, null, null);
    }

    public static SelectedEstablishment selected(FinessEstablishment e, MailboxRecord... mailboxes) {
        return new SelectedEstablishment(e, List.of(mailboxes), List.of(), 0);
    }
}
