package fr.mssante.advisor.setup;

/** An équipe de prise en charge; the FAQ expects one organisational mailbox per team. */
public record CareTeam(String id, String name, String path) {
}
