package fr.mssante.advisor.workbench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.i18n.Wording;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Topic;
import fr.mssante.advisor.pack.TopicCatalog;
import java.util.Collection;

/**
 * What {@code explain TOPIC} and {@code explain --topics} say: one of the FAQ's informational answers, in
 * our words, with the FAQ's date and the rules on the same subject; or the list of them. Text, Markdown
 * or JSON.
 */
public record TopicExplanation(Topic topic, Lang lang) {

    private static final String FAQ_FR = "FAQ « Déployer la MSSanté en ESSMS »";
    private static final String FAQ_EN = "FAQ \"Deploying MSSanté in social and medico-social structures\"";

    /** The topic's words in {@code lang}, or in the other language when an analyst left them out. */
    private Topic.Text words() {
        Topic.Text own = topic.text(lang);
        return own != null ? own : topic.text(lang == Lang.FR ? Lang.EN : Lang.FR);
    }

    private boolean fr() {
        return lang == Lang.FR;
    }

    /** "Source : FAQ … du 21 novembre 2023, question sur …". */
    private String source() {
        String date = topic.faqDate() == null ? "" : Wording.of(lang).date(topic.faqDate());
        return fr() ? "Source : " + FAQ_FR + (date.isEmpty() ? "" : " du " + date) + ", question sur "
                + words().question() + "."
                : "Source: " + FAQ_EN + (date.isEmpty() ? "" : " of " + date) + ", question on " + words().question()
                + ".";
    }

    private String relatedLine() {
        if (topic.related().isEmpty()) {
            return null;
        }
        return (fr() ? "Règles liées : " : "Related rules: ") + String.join(", ", topic.related())
                + (fr() ? " (explain RÈGLE pour le détail)" : " (explain RULE for details)");
    }

    public String text() {
        StringBuilder out = new StringBuilder(topic.id()).append(" — ").append(words().title()).append("\n\n");
        out.append(wrapped(words().answer(), "  ")).append('\n');
        out.append(wrapped(source(), ""));
        String related = relatedLine();
        if (related != null) {
            out.append(wrapped(related, ""));
        }
        return out.toString();
    }

    /** A paragraph cut at word boundaries to fit a terminal, each line after {@code indent}. */
    static String wrapped(String paragraph, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 96) {
                out.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.append(indent).append(line).append('\n');
        }
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# ").append(words().title()).append("\n\n");
        out.append(words().answer()).append("\n\n*").append(source()).append("*\n");
        String related = relatedLine();
        if (related != null) {
            out.append('\n').append(related).append('\n');
        }
        return out.toString();
    }

    /** {@code {"id", "lang", "title", "answer", "faq": {"date", "question"}, "related", "file", "line"}}. */
    public String json() {
        ObjectNode root = Json.MAPPER.createObjectNode().put("id", topic.id()).put("lang", lang.code())
                .put("title", words().title()).put("answer", words().answer());
        root.putObject("faq").put("date", topic.faqDate() == null ? null : topic.faqDate().toString())
                .put("question", words().question());
        topic.related().forEach(root.putArray("related")::add);
        root.put("file", topic.file()).put("line", topic.line());
        return Json.write(root);
    }

    /** {@code explain --topics}: one line per topic (id, title, FAQ date), or its JSON / Markdown form. */
    public static String list(TopicCatalog catalog, Lang lang, String format) {
        Collection<Topic> topics = catalog.topics().values();
        boolean fr = lang == Lang.FR;
        switch (format) {
            case "json" -> {
                ObjectNode root = Json.MAPPER.createObjectNode().put("lang", lang.code());
                ArrayNode list = root.putArray("topics");
                for (Topic t : topics) {
                    TopicExplanation e = new TopicExplanation(t, lang);
                    list.addObject().put("id", t.id()).put("title", e.words().title())
                            .put("faqDate", t.faqDate() == null ? null : t.faqDate().toString());
                }
                return Json.write(root);
            }
            case "markdown" -> {
                StringBuilder out = new StringBuilder(fr ? "# Questions de la FAQ qui ne sont pas des règles\n\n"
                        : "# FAQ questions that are not rules\n\n");
                out.append(fr ? "| Sujet | Titre |\n|---|---|\n" : "| Topic | Title |\n|---|---|\n");
                topics.forEach(t -> out.append("| `").append(t.id()).append("` | ")
                        .append(new TopicExplanation(t, lang).words().title()).append(" |\n"));
                return out.toString();
            }
            default -> {
                StringBuilder out = new StringBuilder(fr
                        ? "Réponses de la FAQ qui ne sont pas des règles (explain SUJET pour en lire une) :\n"
                        : "FAQ answers that are not rules (explain TOPIC to read one):\n");
                int width = topics.stream().mapToInt(t -> t.id().length()).max().orElse(0);
                topics.forEach(t -> out.append("  ").append(String.format("%-" + width + "s", t.id())).append("  ")
                        .append(new TopicExplanation(t, lang).words().title()).append('\n'));
                if (topics.isEmpty()) {
                    out.append(fr ? "  (aucune dans ce paquet : dossier topics/ absent ou vide)\n"
                            : "  (none in this pack: no topics/ folder or an empty one)\n");
                }
                return out.toString();
            }
        }
    }
}
