package fr.mssante.advisor.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid setups, built as trees from the public format ({@code setup-format.md}) and written as
 * YAML or JSON. Valid means: right field names, enum values, id forms and references; the content
 * itself is random, so any rule may fire. Seeded: a seed always gives the same setup.
 */
final class SetupGenerator {

    static final List<String> CATEGORIES = List.of("EHPAD", "SSIAD", "SAAD", "SPASAD", "RESIDENCE_AUTONOMIE", "MDPH",
            "CSAPA", "DAC", "IME", "ESAT", "MAS", "FAM", "CENTRE_DE_SANTE", "HOPITAL", "PHARMACIE", "AUTRE");
    static final List<String> PROFESSIONS = List.of("MEDECIN", "PHARMACIEN", "INFIRMIER", "SAGE_FEMME",
            "MASSEUR_KINESITHERAPEUTE", "ERGOTHERAPEUTE", "PSYCHOMOTRICIEN", "ORTHOPHONISTE", "DIETETICIEN",
            "PSYCHOLOGUE", "EDUCATEUR_SPECIALISE", "ASSISTANT_SERVICE_SOCIAL", "MONITEUR_EDUCATEUR",
            "ACCOMPAGNANT_EDUCATIF_SOCIAL", "AIDE_SOIGNANT", "CONSEILLER_ESF", "SECRETAIRE", "DIRECTEUR", "AUTRE");
    static final List<String> DOMAINS = List.of("ehpad-test.mssante.fr", "pro.mssante.fr", "INFIRMIER.MSSANTE.FR",
            "interop-mssante.apicrypt.org", "mssante.apicrypt.org", "laposte.net", "gmail.com", "example.org", "mssante.fr.example.com");
    /** Names people really write, and the characters that break naive YAML, HTML or Markdown writers. */
    static final List<String> NAMES = List.of("EHPAD Les Tournesols", "Résidence « Les Écureuils »", "SSIAD: soins",
            "L'Étang # 2", "<b>Foyer</b> & *Co*", "Ŝtructure ñ 東京", "\"Quoted\" name", "- dash", "yes", "null",
            "[crochets]", "{accolades}", "a | b", "Zoé\tTab", "  espaces  ");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Random random;

    SetupGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The setup as a tree (for the oracle) and as the text of a file. */
    record Generated(ObjectNode tree, String text, boolean json) {
        String fileName(int index) {
            return String.format("gen-%04d.%s", index, json ? "json" : "yaml");
        }
    }

    Generated next() {
        ObjectNode root = setup();
        boolean json = random.nextInt(4) == 0;
        try {
            return new Generated(root, json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : YAML.writeValueAsString(root), json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode setup() {
        ObjectNode root = NODES.objectNode();
        root.put("format", "mssante-setup/1");
        ObjectNode structure = root.putObject("structure");
        structure.put("name", pick(NAMES));
        if (chance(4)) {
            structure.put("finess", random.nextBoolean() ? luhn("0100000", 9) : luhn("7507121", 9));
        } else if (chance(2)) {
            structure.put("finess", "12345678" + random.nextInt(10));
        }
        if (chance(3)) {
            structure.put("legalEntityFiness", luhn("8302005", 9));
        }
        structure.put("category", pick(CATEGORIES));
        optionalBoolean(structure, "hospitalBased");
        int teams = random.nextInt(4);
        List<String> teamIds = new ArrayList<>();
        if (teams > 0) {
            ArrayNode list = structure.putArray("careTeams");
            for (int i = 0; i < teams; i++) {
                teamIds.add("equipe-" + i);
                list.addObject().put("id", "equipe-" + i).put("name", "Équipe " + i);
            }
        }
        if (chance(2)) {
            structure.putArray("useCases").add("Transmissions au médecin traitant");
        }
        optionalBoolean(structure, "usageProtocol");
        optionalBoolean(structure, "documentIntegration");
        if (chance(2)) {
            structure.putObject("dui").put("name", random.nextBoolean() ? "LogicielDUI" : "AutreDUI");
        }
        ObjectNode deployment = root.putObject("deployment");
        deployment.put("deployed", random.nextBoolean());
        if (chance(2)) {
            deployment.putObject("programme").put("name", "ESMS numérique")
                    .put("deadline", LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900)).toString());
        }
        List<String> people = professionals(root);
        List<String> boxes = mailboxes(root, people, teamIds);
        exchanges(root, boxes);
        return root;
    }

    private List<String> professionals(ObjectNode root) {
        int count = random.nextInt(5);
        List<String> ids = new ArrayList<>();
        if (count == 0) {
            return ids;
        }
        ArrayNode list = root.putArray("professionals");
        for (int i = 0; i < count; i++) {
            String id = "p-" + i;
            ids.add(id);
            ObjectNode p = list.addObject().put("id", id);
            p.put("firstName", pick(List.of("Agnès", "Jean-Marc", "Zoé", "<i>X</i>")));
            p.put("lastName", pick(List.of("Perrin", "N'DIAYE", "O'Brien", "**Gras**")));
            p.put("profession", pick(PROFESSIONS));
            optionalEnum(p, "role", "CARE", "COORDINATION", "MANAGEMENT", "ADMINISTRATIVE");
            if (chance(2)) {
                p.put("rpps", chance(5) ? "1000100009" + random.nextInt(10) : luhn("1000" + (100000 + random.nextInt(899999)), 11));
            }
            if (chance(4)) {
                p.put("adeli", "75" + (1000000 + random.nextInt(8999999)));
            }
            optionalEnum(p, "registeredBy", "ORDER", "RPPS_PLUS", "NONE");
            optionalEnum(p, "card", "CPS", "CPE", "NONE");
            optionalBoolean(p, "establishmentAdmin");
        }
        return ids;
    }

    private List<String> mailboxes(ObjectNode root, List<String> people, List<String> teams) {
        int count = random.nextInt(5);
        List<String> ids = new ArrayList<>();
        if (count == 0) {
            return ids;
        }
        ArrayNode list = root.putArray("mailboxes");
        for (int i = 0; i < count; i++) {
            String id = "bal-" + i;
            ids.add(id);
            ObjectNode m = list.addObject().put("id", id);
            m.put("address", address());
            String type = people.isEmpty() ? pick(List.of("ORG", "APP", "CAB")) : pick(List.of("PER", "ORG", "APP", "CAB"));
            m.put("type", type);
            if (chance(2)) {
                m.put("operator", "Opérateur " + random.nextInt(3));
            }
            if (type.equals("PER") && chance(4)) {
                m.put("owner", pick(people));
            }
            if (type.equals("ORG")) {
                if (!teams.isEmpty() && chance(2)) {
                    m.put("team", pick(teams));
                }
                if (chance(5)) {
                    m.put("usager", "Mme D.");
                }
                if (!people.isEmpty() && chance(2)) {
                    m.put("responsible", pick(people));
                }
                if (!people.isEmpty() && chance(2)) {
                    m.putArray("authorizedUsers").add(pick(people));
                }
            }
            if (chance(2)) {
                ArrayNode clients = m.putArray("clients");
                for (String c : List.of("DUI", "OFFICE_365", "WEBMAIL", "MAIL_CLIENT")) {
                    if (chance(3)) {
                        clients.add(c);
                    }
                }
            }
            optionalEnum(m, "status", "ACTIVE", "DELETION_REQUESTED", "DELETED");
            optionalBoolean(m, "listedInDirectory");
            if (chance(3)) {
                ArrayNode fwd = m.putArray("forwarding");
                for (int f = random.nextInt(2) + 1; f > 0; f--) {
                    ObjectNode to = fwd.addObject().put("to", address());
                    optionalBoolean(to, "automatic");
                }
            }
            if (chance(4)) {
                ObjectNode n = m.putObject("notification").put("to", "accueil@example.org");
                optionalBoolean(n, "includesContent");
            }
            if (chance(6)) {
                m.putObject("distributionList").putArray("members").add(address()).add(address());
            }
        }
        return ids;
    }

    private void exchanges(ObjectNode root, List<String> boxes) {
        int count = random.nextInt(4);
        if (count == 0) {
            return;
        }
        ArrayNode list = root.putArray("exchanges");
        for (int i = 0; i < count; i++) {
            ObjectNode e = list.addObject().put("id", "ex-" + i);
            e.put("partner", "Partenaire " + i);
            e.put("partnerType", pick(List.of("PHARMACY", "HOSPITAL", "PRACTITIONER", "ESSMS", "USAGER", "OTHER")));
            String channel = pick(List.of("MSSANTE", "STANDARD_EMAIL", "DOCTOLIB", "LINK", "FAX", "POSTAL"));
            e.put("channel", channel);
            if (channel.equals("MSSANTE") || channel.equals("STANDARD_EMAIL")) {
                e.put("address", chance(4) ? "185057512345673@patient.mssante.fr" : address());
            }
            e.put("content", pick(List.of("PRESCRIPTION", "REPORT", "CARE_COORDINATION", "ADMINISTRATIVE", "OTHER")));
            optionalBoolean(e, "healthData");
            optionalEnum(e, "direction", "SEND", "RECEIVE", "BOTH");
            if (!boxes.isEmpty() && chance(2)) {
                e.put("fromMailbox", pick(boxes));
            }
            optionalBoolean(e, "espaceSanteActivated");
        }
    }

    private String address() {
        String local = pick(List.of("soins", "accueil", "jean.dupont", "zoé", "a'b", "x-y", ".bad", "two..dots"));
        return local + "@" + pick(DOMAINS);
    }

    private void optionalBoolean(ObjectNode node, String field) {
        int r = random.nextInt(3);
        if (r < 2) {
            node.put(field, r == 0);
        }
    }

    private void optionalEnum(ObjectNode node, String field, String... values) {
        if (random.nextBoolean()) {
            node.put(field, values[random.nextInt(values.length)]);
        }
    }

    private boolean chance(int outOf) {
        return random.nextInt(outOf) != 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code prefix} completed with random digits and a Luhn key to {@code length} digits. */
    private String luhn(String prefix, int length) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append(random.nextInt(10));
        }
        for (int key = 0; key < 10; key++) {
            String candidate = digits.toString() + key;
            if (luhnValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
