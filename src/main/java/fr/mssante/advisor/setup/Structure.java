package fr.mssante.advisor.setup;

import java.util.List;

/**
 * The structure (établissement) itself. Rules read it as a fact; {@code path} is where it was written.
 *
 * @param duiName name of the Dossier Usager Informatisé software, null when not given
 */
public record Structure(String name, String finess, String legalEntityFiness, String category,
                        boolean hospitalBased, List<CareTeam> careTeams, List<String> useCases,
                        boolean usageProtocol, boolean documentIntegration, String duiName, String path) {

    public Structure {
        careTeams = List.copyOf(careTeams);
        useCases = List.copyOf(useCases);
    }
}
