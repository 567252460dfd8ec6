package fr.mssante.advisor.setup;

import java.util.List;

/** One structure's MSSanté set-up, as read from a setup file (format {@code mssante-setup/1}). */
public record Setup(Structure structure, Deployment deployment, List<Professional> professionals,
                    List<Mailbox> mailboxes, List<Exchange> exchanges, List<Acknowledgement> acknowledgements) {

    public static final String FORMAT = "mssante-setup/1";

    public Setup {
        professionals = List.copyOf(professionals);
        mailboxes = List.copyOf(mailboxes);
        exchanges = List.copyOf(exchanges);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
