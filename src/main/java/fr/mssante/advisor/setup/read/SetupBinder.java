package fr.mssante.advisor.setup.read;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.setup.Acknowledgement;
import fr.mssante.advisor.setup.CareTeam;
import fr.mssante.advisor.setup.Deployment;
import fr.mssante.advisor.setup.DistributionList;
import fr.mssante.advisor.setup.Exchange;
import fr.mssante.advisor.setup.Forwarding;
import fr.mssante.advisor.setup.InputError;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Notification;
import fr.mssante.advisor.setup.Professional;
import fr.mssante.advisor.setup.Programme;
import fr.mssante.advisor.setup.Setup;
import fr.mssante.advisor.setup.Structure;
import fr.mssante.advisor.setup.read.InputErrors.Referent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns a schema-checked tree into the typed {@link Setup} and checks what a schema cannot:
 * dates that exist, ids that are unique, references that point somewhere (the form of an id is the
 * schema's pattern, so that editors refuse what the tool refuses).
 * It is lenient with nodes of the wrong type (the schema has already reported them) so that
 * every problem of a file is found in one pass.
 */
public final class SetupBinder {

    private final LocatedTree tree;
    private final List<InputError> errors = new ArrayList<>();
    /** Subject ids (professionals, mailboxes, exchanges) share one namespace: a finding names one of them. */
    private final List<String> subjectIdPaths = new ArrayList<>();
    private final List<String> teamIdPaths = new ArrayList<>();
    private final Map<String, String> teamIds = new LinkedHashMap<>();

    private SetupBinder(LocatedTree tree) {
        this.tree = tree;
    }

    /** The setup (always built, possibly partial) and the problems found while building it. */
    public record Result(Setup setup, List<InputError> errors) {
    }

    public static Result bind(LocatedTree tree) {
        SetupBinder binder = new SetupBinder(tree);
        Setup setup = binder.setup(tree.root());
        binder.checkUnique(binder.subjectIdPaths, new LinkedHashMap<>());
        binder.checkUnique(binder.teamIdPaths, binder.teamIds);
        binder.checkReferences(setup);
        return new Result(setup, binder.errors);
    }

    private Setup setup(JsonNode root) {
        Structure structure = structure(root.path("structure"));
        Deployment deployment = deployment(root.path("deployment"));
        List<Professional> professionals = list(root, "professionals", this::professional);
        List<Mailbox> mailboxes = list(root, "mailboxes", this::mailbox);
        List<Exchange> exchanges = list(root, "exchanges", this::exchange);
        List<Acknowledgement> acks = list(root, "acknowledgements", this::acknowledgement);
        return new Setup(structure, deployment, professionals, mailboxes, exchanges, acks);
    }

    private Structure structure(JsonNode n) {
        String path = "structure";
        List<CareTeam> teams = list(n, path + ".careTeams", n.path("careTeams"), (t, p) -> {
            String id = id(t, p, teamIdPaths);
            return new CareTeam(id, text(t, "name"), p);
        });
        return new Structure(text(n, "name"), text(n, "finess"), text(n, "legalEntityFiness"), text(n, "category"),
                bool(n, "hospitalBased", false), teams, strings(n.path("useCases")),
                bool(n, "usageProtocol", false), bool(n, "documentIntegration", false),
                text(n.path("dui"), "name"), path);
    }

    private Deployment deployment(JsonNode n) {
        JsonNode p = n.path("programme");
        Programme programme = p.isObject()
                ? new Programme(text(p, "name"), date(p, "deployment.programme.deadline"), "deployment.programme")
                : null;
        return new Deployment(bool(n, "deployed", false), programme, "deployment");
    }

    private Professional professional(JsonNode n, String path) {
        return new Professional(id(n, path, subjectIdPaths), text(n, "firstName"), text(n, "lastName"),
                text(n, "profession"), textOr(n, "role", "CARE"), text(n, "rpps"), text(n, "adeli"),
                textOr(n, "registeredBy", "NONE"), textOr(n, "card", "NONE"),
                bool(n, "establishmentAdmin", false), path);
    }

    private Mailbox mailbox(JsonNode n, String path) {
        String id = id(n, path, subjectIdPaths);
        List<Forwarding> forwarding = list(n, path + ".forwarding", n.path("forwarding"),
                (f, p) -> new Forwarding(id, text(f, "to"), bool(f, "automatic", true), p));
        JsonNode notice = n.path("notification");
        Notification notification = notice.isObject()
                ? new Notification(id, text(notice, "to"), bool(notice, "includesContent", false),
                        path + ".notification")
                : null;
        JsonNode list = n.path("distributionList");
        DistributionList distributionList = list.isObject()
                ? new DistributionList(id, strings(list.path("members")), path + ".distributionList")
                : null;
        List<String> authorized = n.has("authorizedUsers") ? strings(n.path("authorizedUsers")) : null;
        return new Mailbox(id, text(n, "address"), text(n, "type"), text(n, "operator"), text(n, "owner"),
                text(n, "team"), text(n, "usager"), text(n, "responsible"), authorized, strings(n.path("clients")),
                textOr(n, "status", "ACTIVE"), bool(n, "listedInDirectory", true), forwarding, notification,
                distributionList, path);
    }

    private Exchange exchange(JsonNode n, String path) {
        JsonNode activated = n.path("espaceSanteActivated");
        return new Exchange(id(n, path, subjectIdPaths), text(n, "partner"), text(n, "partnerType"),
                text(n, "channel"), text(n, "address"), text(n, "content"), bool(n, "healthData", true),
                textOr(n, "direction", "BOTH"), text(n, "fromMailbox"),
                activated.isBoolean() ? activated.booleanValue() : null, path);
    }

    private Acknowledgement acknowledgement(JsonNode n, String path) {
        return new Acknowledgement(text(n, "rule"), text(n, "subject"), text(n, "reason"),
                date(n, path + ".until"), path);
    }

    private void checkReferences(Setup setup) {
        Map<String, String> professionals = new LinkedHashMap<>();
        setup.professionals().stream().filter(p -> p.id() != null).forEach(p -> professionals.put(p.id(), p.path()));
        Map<String, String> mailboxes = new LinkedHashMap<>();
        setup.mailboxes().stream().filter(m -> m.id() != null).forEach(m -> mailboxes.put(m.id(), m.path()));
        for (Mailbox m : setup.mailboxes()) {
            reference(m.path() + ".owner", m.owner(), professionals, Referent.PROFESSIONAL);
            reference(m.path() + ".responsible", m.responsible(), professionals, Referent.PROFESSIONAL);
            reference(m.path() + ".team", m.team(), teamIds, Referent.CARE_TEAM);
            if (m.authorizedUsers() != null) {
                for (int i = 0; i < m.authorizedUsers().size(); i++) {
                    reference(m.path() + ".authorizedUsers[" + i + "]", m.authorizedUsers().get(i), professionals,
                            Referent.PROFESSIONAL);
                }
            }
        }
        for (Exchange e : setup.exchanges()) {
            reference(e.path() + ".fromMailbox", e.fromMailbox(), mailboxes, Referent.MAILBOX);
        }
    }

    private void reference(String path, String ref, Map<String, String> known, Referent kind) {
        if (ref != null && !known.containsKey(ref)) {
            errors.add(InputErrors.danglingReference(path, tree.locateValue(path), ref, kind, known.keySet()));
        }
    }

    /** Reads an entry's id and notes where it is for the uniqueness check. */
    private String id(JsonNode n, String path, List<String> idPaths) {
        String id = text(n, "id");
        if (id != null) {
            idPaths.add(path + ".id");
        }
        return id;
    }

    /** In file order, so that the second occurrence is the one reported, whatever list it is in. */
    private void checkUnique(List<String> idPaths, Map<String, String> seen) {
        List<String> inFileOrder = new ArrayList<>(idPaths);
        inFileOrder.sort(java.util.Comparator.comparingInt((String p) -> tree.locateValue(p).line())
                .thenComparingInt(p -> tree.locateValue(p).column()));
        for (String idPath : inFileOrder) {
            String id = tree.root().at(pointer(idPath)).asText();
            String entry = idPath.substring(0, idPath.length() - ".id".length());
            String first = seen.putIfAbsent(id, entry);
            if (first != null) {
                errors.add(InputErrors.duplicateId(idPath, tree.locateValue(idPath), id, first,
                        tree.locate(first).line()));
            }
        }
    }

    /** {@code mailboxes[2].id} as a JSON pointer {@code /mailboxes/2/id}. */
    private static String pointer(String path) {
        return "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
    }

    private LocalDate date(JsonNode parent, String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        String value = text(parent, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(InputErrors.badDate(path, tree.locateValue(path), value));
            return null;
        }
    }

    private <T> List<T> list(JsonNode parent, String field, BiFunction<JsonNode, String, T> element) {
        return list(parent, field, parent.path(field), element);
    }

    private <T> List<T> list(JsonNode parent, String path, JsonNode array, BiFunction<JsonNode, String, T> element) {
        List<T> out = new ArrayList<>();
        if (!array.isArray()) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                out.add(element.apply(array.get(i), path + "[" + i + "]"));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.textValue() : null;
    }

    private static String textOr(JsonNode n, String field, String fallback) {
        String v = text(n, field);
        return v == null ? fallback : v;
    }

    private static boolean bool(JsonNode n, String field, boolean fallback) {
        JsonNode v = n.path(field);
        return v.isBoolean() ? v.booleanValue() : fallback;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.textValue());
                }
            });
        }
        return out;
    }
}
