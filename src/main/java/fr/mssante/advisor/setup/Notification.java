package fr.mssante.advisor.setup;

/** A new-mail notice sent to a standard mailbox. */
public record Notification(String mailboxId, String to, boolean includesContent, String path) {
}
