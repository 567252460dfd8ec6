package fr.mssante.advisor.setup;

/** Whether MSSanté is in use, and the financing programme that sets a deadline, if any. */
public record Deployment(boolean deployed, Programme programme, String path) {
}
