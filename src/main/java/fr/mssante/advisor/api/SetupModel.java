package fr.mssante.advisor.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A setup built in code instead of read from a file: the same tree as a setup file, with the field
 * names and values of the published format ({@code mssante-setup/1}). It is checked exactly like a file
 * — JSON Schema, ids, references — so a mistake gives the same input errors, with their path (line and
 * column are then 0).
 *
 * <pre>{@code
 * SetupModel model = SetupModel.builder()
 *         .structure("EHPAD Les Tilleuls", "750000000", "EHPAD")
 *         .deployed(true)
 *         .professional(Map.of("id", "p-martin", "profession", "INFIRMIER", "rpps", "10000000007",
 *                 "registeredBy", "ORDER"))
 *         .mailbox(Map.of("id", "bal-soins", "address", "soins@ehpad-tilleuls.mssante.fr", "type", "ORG",
 *                 "responsible", "p-martin", "authorizedUsers", List.of("p-martin")))
 *         .build();
 * }</pre>
 */
public final class SetupModel {

    /** The only format version so far; the builder writes it when it is not given. */
    public static final String FORMAT = "mssante-setup/1";

    private final String name;
    private final Map<String, Object> tree;

    private SetupModel(String name, Map<String, Object> tree) {
        this.name = name;
        this.tree = tree;
    }

    /**
     * A whole setup tree: maps, lists, strings, numbers, booleans and {@link LocalDate}s, keyed as in a
     * setup file. Copied: later changes to {@code tree} are not seen.
     */
    public static SetupModel of(String name, Map<String, ?> tree) {
        return new SetupModel(Objects.requireNonNull(name, "name"), copy(Objects.requireNonNull(tree, "tree")));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How reports name this setup. */
    public String name() {
        return name;
    }

    /** The tree, read-only. */
    public Map<String, Object> tree() {
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, copyValue(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SetupModel::copyValue).toList();
        }
        return v instanceof LocalDate d ? d.toString() : v;
    }

    /** Builds a model part by part; each list method adds one entry. */
    public static final class Builder {

        private String name = "(en mémoire)";
        private final Map<String, Object> structure = new LinkedHashMap<>();
        private final Map<String, Object> deployment = new LinkedHashMap<>();
        private final Map<String, List<Map<String, ?>>> lists = new LinkedHashMap<>();

        private Builder() {
        }

        /** How reports name this setup (default "(en mémoire)"). */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** The structure's name, FINESS (null when it has none) and category ({@code EHPAD}, {@code SSIAD}…). */
        public Builder structure(String structureName, String finess, String category) {
            structure.put("name", structureName);
            if (finess != null) {
                structure.put("finess", finess);
            }
            structure.put("category", category);
            return this;
        }

        /** Any other field of {@code structure}, e.g. {@code ("usageProtocol", true)}. */
        public Builder structureField(String field, Object value) {
            structure.put(field, value);
            return this;
        }

        /** Whether MSSanté is in use in the structure ({@code deployment.deployed}). */
        public Builder deployed(boolean deployed) {
            deployment.put("deployed", deployed);
            return this;
        }

        /** The financing programme and the date of its MSSanté commitment. */
        public Builder programme(String programmeName, LocalDate deadline) {
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("name", programmeName);
            programme.put("deadline", deadline);
            deployment.put("programme", programme);
            return this;
        }

        public Builder careTeam(Map<String, ?> team) {
            return add("careTeams", team);
        }

        public Builder professional(Map<String, ?> professional) {
            return add("professionals", professional);
        }

        public Builder mailbox(Map<String, ?> mailbox) {
            return add("mailboxes", mailbox);
        }

        public Builder exchange(Map<String, ?> exchange) {
            return add("exchanges", exchange);
        }

        public Builder acknowledgement(Map<String, ?> acknowledgement) {
            return add("acknowledgements", acknowledgement);
        }

        private Builder add(String list, Map<String, ?> entry) {
            lists.computeIfAbsent(list, k -> new ArrayList<>()).add(Objects.requireNonNull(entry, list));
            return this;
        }

        public SetupModel build() {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("format", FORMAT);
            Map<String, Object> s = new LinkedHashMap<>(structure);
            if (lists.containsKey("careTeams")) {
                s.put("careTeams", lists.get("careTeams"));
            }
            tree.put("structure", s);
            tree.put("deployment", deployment);
            for (String list : List.of("professionals", "mailboxes", "exchanges", "acknowledgements")) {
                if (lists.containsKey(list)) {
                    tree.put(list, lists.get(list));
                }
            }
            return of(name, tree);
        }
    }
}
