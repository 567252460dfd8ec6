package fr.mssante.advisor.setup;

/** One forwarding rule of a mailbox. */
public record Forwarding(String mailboxId, String to, boolean automatic, String path) {
}
