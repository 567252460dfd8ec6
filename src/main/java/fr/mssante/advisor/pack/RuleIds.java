package fr.mssante.advisor.pack;

import fr.mssante.advisor.setup.read.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ids of the pack's rules, for the DRL global {@code catalogue}: a waiver naming a rule the pack
 * does not have is most often a typo, and the finding about it can say which rule was meant.
 */
public record RuleIds(Set<String> ids) {

    public RuleIds {
        ids = Set.copyOf(ids);
    }

    /**
     * Of the ids in {@code list} ("A, B"), those the pack does not have, each with the closest one:
     * {@code GOV-DEADLINE-NAER → GOV-DEADLINE-NEAR}; "" when every one exists.
     */
    public String misspelt(String list) {
        List<String> out = new ArrayList<>();
        for (String id : list.split(",\\s*")) {
            if (!id.isBlank() && !ids.contains(id)) {
                out.add(Suggestions.closest(id, ids).map(c -> id + " → " + c).orElse(id));
            }
        }
        return String.join(", ", out);
    }
}
