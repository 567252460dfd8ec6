package fr.mssante.advisor.pack;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import fr.mssante.advisor.setup.read.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The pack's FAQ topics ({@code topics/*.yaml}), read with every problem an analyst must fix placed at its
 * file, line and column: a file that does not parse, an id of the wrong form or given twice, an unknown key
 * (with the closest one), a missing date, language or text, a related rule the pack lacks. A pack without
 * a {@code topics/} folder simply has no topics. Problems never block audits; {@code rules check} lists them.
 *
 * @param topics by id, sorted
 */
public record TopicCatalog(Map<String, Topic> topics, List<PackProblem> problems) {

    static final String FOLDER = "topics";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KEYS = List.of("faqDate", "related", "fr", "en");
    private static final List<String> TEXT_KEYS = List.of("title", "question", "answer");

    public TopicCatalog {
        topics = java.util.Collections.unmodifiableMap(new TreeMap<>(topics));
        problems = List.copyOf(problems);
    }

    /** The topics of the pack at {@code root}; {@code ruleIds} are the pack's rules (for {@code related}). */
    public static TopicCatalog read(Path root, Collection<String> ruleIds) {
        Map<String, Topic> topics = new TreeMap<>();
        List<PackProblem> problems = new ArrayList<>();
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new TopicCatalog(topics, problems);
        }
        RulePackLoader loader = new RulePackLoader();
        for (Path file : PackFiles.all(root)) {
            String relative = PackFiles.relative(root, file);
            if (!relative.startsWith(FOLDER + "/") || !(relative.endsWith(".yaml") || relative.endsWith(".yml"))) {
                continue;
            }
            List<PackProblem> read = new ArrayList<>();
            LocatedTree tree = loader.readYaml(file, read);
            read.forEach(p -> problems.add(new PackProblem(p.file(), p.line(), p.column(), p.message(), false)));
            if (tree != null) {
                new FileReader(RulePackLoader.displayName(file), tree, Set.copyOf(ruleIds), topics, problems).read();
            }
        }
        return new TopicCatalog(topics, problems);
    }

    /** One topics file: each top-level key is a topic. */
    private record FileReader(String file, LocatedTree tree, Set<String> ruleIds, Map<String, Topic> topics,
                              List<PackProblem> problems) {

        void read() {
            if (!tree.root().isObject()) {
                problem("", "un fichier de sujets associe à chaque identifiant ses textes / a topics file maps each id"
                        + " to its texts");
                return;
            }
            tree.root().fields().forEachRemaining(e -> topic(e.getKey(), e.getValue()));
        }

        private void topic(String id, JsonNode node) {
            if (!ID.matcher(id).matches()) {
                problem(id, "identifiant de sujet « " + id + " » : minuscules, chiffres et tirets (ex. mssante-dmp)"
                        + " / topic id: lower-case letters, digits and dashes");
                return;
            }
            Topic first = topics.get(id);
            if (first != null) {
                problem(id, "sujet « " + id + " » déjà défini dans " + first.file() + ":" + first.line()
                        + " / topic already defined");
                return;
            }
            if (!node.isObject()) {
                problem(id, "le sujet « " + id + " » doit avoir faqDate, fr et en / the topic needs faqDate, fr, en");
                return;
            }
            unknownKeys(node, id, KEYS);
            LocalDate date = date(node.path("faqDate"), id + ".faqDate");
            Map<Lang, Topic.Text> texts = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                Topic.Text text = text(node.path(lang.code()), id + "." + lang.code(), lang);
                if (text != null) {
                    texts.put(lang, text);
                }
            }
            List<String> related = related(node.path("related"), id + ".related");
            SourceLocation at = tree.locate(id);
            topics.put(id, new Topic(id, date, texts, related, file, at.line()));
        }

        private LocalDate date(JsonNode value, String path) {
            if (value.isMissingNode() || value.isNull()) {
                problem(parent(path), "faqDate manquant : la date de la FAQ d'où vient la réponse, AAAA-MM-JJ"
                        + " / missing faqDate: the date of the FAQ, YYYY-MM-DD");
                return null;
            }
            try {
                return LocalDate.parse(value.asText().trim());
            } catch (DateTimeParseException e) {
                problem(path, "faqDate « " + value.asText() + " » : date attendue AAAA-MM-JJ, ex. 2023-11-21"
                        + " / expected YYYY-MM-DD");
                return null;
            }
        }

        private Topic.Text text(JsonNode node, String path, Lang lang) {
            String language = lang == Lang.FR ? "en français (fr)" : "en anglais (en)";
            if (!node.isObject()) {
                problem(parent(path), "textes " + language + " manquants : title, question, answer / missing "
                        + lang.code() + " texts");
                return null;
            }
            unknownKeys(node, path, TEXT_KEYS);
            String[] values = new String[TEXT_KEYS.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = node.path(TEXT_KEYS.get(i));
                if (!v.isTextual() || v.asText().isBlank()) {
                    problem(v.isMissingNode() ? path : path + "." + TEXT_KEYS.get(i), TEXT_KEYS.get(i) + " "
                            + language + " manquant ou vide / missing or blank " + lang.code() + " "
                            + TEXT_KEYS.get(i));
                } else {
                    values[i] = v.asText().strip();
                }
            }
            return new Topic.Text(values[0], values[1], values[2]);
        }

        private List<String> related(JsonNode node, String path) {
            List<String> out = new ArrayList<>();
            if (node.isMissingNode() || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                problem(path, "related : une liste d'identifiants de règles / a list of rule ids");
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                String rule = node.get(i).asText();
                if (!ruleIds.contains(rule)) {
                    problem(path + "[" + i + "]", "règle inconnue « " + rule + " »" + Suggestions.closest(rule, ruleIds)
                            .map(g -> ", vouliez-vous dire " + g + " ?").orElse("") + " / unknown rule");
                }
                out.add(rule);
            }
            return out;
        }

        private void unknownKeys(JsonNode node, String path, List<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                if (!known.contains(key)) {
                    problem(path + "." + key, "clé inconnue « " + key + " »" + Suggestions.closest(key, known)
                            .map(g -> ", vouliez-vous dire « " + g + " » ?").orElse(" (attendu : "
                                    + String.join(", ", known) + ")") + " / unknown key");
                }
            }
        }

        private void problem(String path, String message) {
            SourceLocation at = tree.locate(path);
            problems.add(new PackProblem(file, at.line(), at.column(), message, false));
        }

        private static String parent(String path) {
            return LocatedTree.parentOf(path);
        }
    }

    /** A topic id, whatever the case and surrounding spaces the user typed. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
