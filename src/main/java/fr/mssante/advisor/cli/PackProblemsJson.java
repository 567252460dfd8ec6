package fr.mssante.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.PackProblem;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A rule pack's problems as JSON, for a command asked for {@code --format json}: a program reading
 * standard output gets an object it can parse ({@code problems}, each with {@code file}, {@code line},
 * {@code column}, {@code message}, {@code blocking}) rather than nothing.
 */
final class PackProblemsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackProblemsJson() {
    }

    /**
     * @param usable whether the pack could be used at all ({@code rules check} on a pack that compiles)
     * @param rules  the number of rules compiled, or -1 when the pack did not compile
     */
    static String write(String pack, boolean usable, int rules, List<PackProblem> problems, Lang lang) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pack", pack);
        root.put("usable", usable);
        if (rules >= 0) {
            root.put("rules", rules);
        }
        root.put("lang", lang.code());
        ArrayNode list = root.putArray("problems");
        for (PackProblem p : problems) {
            ObjectNode o = list.addObject();
            o.put("file", p.file());
            o.put("line", Math.max(p.line(), 1));
            o.put("column", Math.max(p.column(), 1));
            o.put("message", p.message(lang));
            o.put("blocking", p.blocking());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
