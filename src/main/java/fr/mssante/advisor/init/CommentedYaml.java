package fr.mssante.advisor.init;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML document with comments, built as SnakeYAML nodes and written by SnakeYAML's emitter, which
 * keeps comments ({@code processComments}) and quotes every scalar as YAML requires. Free text (names,
 * addresses, numbers with leading zeros) is always double-quoted; words of the format (enum values,
 * ids) are plain only when YAML would read them back as that very string. Comments are written before a
 * key or after a value on its line; their text is flattened to one line, so that a name holding a line
 * break can never escape the comment.
 */
final class CommentedYaml {

    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final Resolver RESOLVER = new Resolver();

    private CommentedYaml() {
    }

    /** A block mapping whose entries are added in order. */
    static final class Block {
        private final List<NodeTuple> entries = new ArrayList<>();
        private final MappingNode node = new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK);

        /** Adds {@code key: value}; returns the key, to comment before it. */
        ScalarNode put(String key, Node value) {
            ScalarNode k = new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN);
            entries.add(new NodeTuple(k, value));
            return k;
        }

        /** The value of the entry added last, to comment after it. */
        Node last() {
            return entries.get(entries.size() - 1).getValueNode();
        }

        MappingNode node() {
            return node;
        }
    }

    /** Free text, always double-quoted (YAML escapes what must be escaped). */
    static ScalarNode text(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /** A word of the format ({@code EHPAD}, {@code p-martin-jean}): plain unless YAML would read it as something else. */
    static ScalarNode word(String value) {
        boolean plain = RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR) && value.matches("[\\p{L}\\p{N}_./-]+");
        return new ScalarNode(Tag.STR, value, null, null,
                plain ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    static ScalarNode bool(boolean value) {
        return new ScalarNode(Tag.BOOL, String.valueOf(value), null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** A block list of the given items (an empty one is written {@code []}). */
    static SequenceNode list(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items,
                items.isEmpty() ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }

    /** Comment lines written before {@code node} (a key), each as {@code # line}. */
    static void before(Node node, List<String> lines) {
        List<CommentLine> comments = new ArrayList<>(lines.size());
        for (String line : lines) {
            comments.add(new CommentLine(null, null, " " + oneLine(line), CommentType.BLOCK));
        }
        node.setBlockComments(comments);
    }

    /**
     * A comment on the line of {@code node} (a scalar value, or a key whose value is a block); a second
     * one joins the first, after a semicolon.
     */
    static void after(Node node, String comment) {
        if (comment == null || comment.isBlank()) {
            return;
        }
        List<CommentLine> had = node.getInLineComments();
        String text = had == null || had.isEmpty() ? " " + oneLine(comment)
                : had.get(0).getValue() + " ; " + oneLine(comment);
        node.setInLineComments(List.of(new CommentLine(null, null, text, CommentType.IN_LINE)));
    }

    /** The document, with a block comment heading it. */
    static String write(Block root, List<String> heading) {
        before(root.node(), heading);
        DumperOptions options = new DumperOptions();
        options.setProcessComments(true);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(root.node(), out);
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String oneLine(String text) {
        return LINE_BREAKING.matcher(text).replaceAll(" ");
    }
}
