package fr.mssante.advisor.setup.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The setup format's field names are English; the people who write setup files are French and often
 * write the field in their own words ({@code nom}, {@code adresse}, {@code équipe}). A typo distance
 * cannot bridge two languages, so the usual French words are mapped here to the fields they mean.
 * A word may mean several fields ({@code nom} is {@code name} for a structure, {@code lastName} for a
 * person): the first one that the place in the file accepts is suggested, and none if none fits.
 */
final class FrenchFieldNames {

    /** French word, as {@link Suggestions#comparable} writes it → the fields it may mean, most likely first. */
    private static final Map<String, List<String>> MEANS = Map.ofEntries(
            Map.entry("nom", List.of("name", "lastName")),
            Map.entry("nomdefamille", List.of("lastName")),
            Map.entry("prenom", List.of("firstName")),
            Map.entry("adresse", List.of("address", "to")),
            Map.entry("adressemail", List.of("address")),
            Map.entry("categorie", List.of("category")),
            Map.entry("finessjuridique", List.of("legalEntityFiness")),
            Map.entry("finessej", List.of("legalEntityFiness")),
            Map.entry("equipe", List.of("team", "careTeams")),
            Map.entry("equipes", List.of("careTeams", "team")),
            Map.entry("casdusage", List.of("useCases")),
            Map.entry("casdusages", List.of("useCases")),
            Map.entry("protocole", List.of("usageProtocol")),
            Map.entry("protocoledutilisation", List.of("usageProtocol")),
            Map.entry("logiciel", List.of("dui")),
            Map.entry("deploiement", List.of("deployment")),
            Map.entry("deploye", List.of("deployed")),
            Map.entry("echeance", List.of("deadline")),
            Map.entry("datelimite", List.of("deadline")),
            Map.entry("professionnels", List.of("professionals")),
            Map.entry("metier", List.of("profession")),
            Map.entry("carte", List.of("card")),
            Map.entry("administrateur", List.of("establishmentAdmin")),
            Map.entry("boites", List.of("mailboxes")),
            Map.entry("boitesauxlettres", List.of("mailboxes")),
            Map.entry("bal", List.of("mailboxes", "fromMailbox")),
            Map.entry("operateur", List.of("operator")),
            Map.entry("titulaire", List.of("owner")),
            Map.entry("proprietaire", List.of("owner")),
            Map.entry("responsable", List.of("responsible")),
            Map.entry("utilisateurs", List.of("authorizedUsers")),
            Map.entry("utilisateursautorises", List.of("authorizedUsers")),
            Map.entry("statut", List.of("status")),
            Map.entry("annuaire", List.of("listedInDirectory")),
            Map.entry("transfert", List.of("forwarding")),
            Map.entry("transferts", List.of("forwarding")),
            Map.entry("renvoi", List.of("forwarding")),
            Map.entry("destinataire", List.of("to")),
            Map.entry("automatique", List.of("automatic")),
            Map.entry("listedediffusion", List.of("distributionList")),
            Map.entry("membres", List.of("members")),
            Map.entry("echanges", List.of("exchanges")),
            Map.entry("partenaire", List.of("partner")),
            Map.entry("canal", List.of("channel")),
            Map.entry("contenu", List.of("content")),
            Map.entry("donneesdesante", List.of("healthData")),
            Map.entry("sens", List.of("direction")),
            Map.entry("derogations", List.of("acknowledgements")),
            Map.entry("regle", List.of("rule")),
            Map.entry("sujet", List.of("subject")),
            Map.entry("motif", List.of("reason")),
            Map.entry("raison", List.of("reason")),
            Map.entry("jusqua", List.of("until")),
            Map.entry("jusquau", List.of("until")));

    private FrenchFieldNames() {
    }

    /** The field {@code key} (already {@link Suggestions#comparable}) means, if this place accepts it. */
    static Optional<String> meant(String key, List<String> accepted) {
        return MEANS.getOrDefault(key, List.of()).stream().filter(accepted::contains).findFirst();
    }
}
