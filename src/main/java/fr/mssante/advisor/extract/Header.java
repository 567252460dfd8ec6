package fr.mssante.advisor.extract;

import fr.mssante.advisor.setup.read.Suggestions;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header line of a {@code |}-separated extract, where columns are found by name, not by position:
 * the column lists grow and their spelling drifts from year to year. Names are compared once
 * normalised: without case, accents, punctuation, the little words ({@code de}, {@code d'}) and the
 * suffixes the files add ({@code (coord. structure)}, {@code (structure)}, {@code structure BAL}).
 */
final class Header {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SUFFIX = Pattern.compile("\\(\\s*(coord\\.?\\s*)?structure\\s*\\)");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> LITTLE_WORDS = Set.of("d", "l", "de", "du", "des", "la", "le");

    private final List<String> names;
    private final Map<String, Integer> byKey = new HashMap<>();

    /** @param fields the header line's fields; a trailing separator's empty field is not a column */
    Header(List<String> fields) {
        int n = fields.size() > 1 && fields.get(fields.size() - 1).isEmpty() ? fields.size() - 1 : fields.size();
        List<String> read = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = fields.get(i).trim();
            read.add(name);
            byKey.putIfAbsent(normalise(name), i);
        }
        this.names = List.copyOf(read);
    }

    /** The header of a {@code |} file: its first line, already read into {@code fields}. */
    static Header of(ByteFields fields, LineDecoder decoder) {
        List<String> names = new ArrayList<>(fields.count());
        for (int i = 0; i < fields.count(); i++) {
            names.add(fields.text(i, decoder));
        }
        return new Header(names);
    }

    /** How many columns the header names: the field count every line must have. */
    int columns() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /** The column's position, or -1 when the header does not have it. */
    int find(Column column) {
        for (String key : column.keys()) {
            Integer at = byKey.get(key);
            if (at != null) {
                return at;
            }
        }
        return -1;
    }

    boolean has(Column column) {
        return find(column) >= 0;
    }

    /**
     * The column's position; a missing column is an error naming the file and the closest header
     * among those no column of {@code known} claims (the ones a renamed column can hide behind).
     */
    int require(Column column, List<Column> known, Path file, String extractFr, String extractEn) {
        int at = find(column);
        if (at >= 0) {
            return at;
        }
        String closest = closest(column, known);
        throw ExtractException.of(ExtractException.Kind.MISSING_COLUMN, file,
                file + " : colonne « " + column.name() + " » absente de l'en-tête de " + extractFr
                        + " (colonne la plus proche : « " + closest + " ») ; le fichier est-il complet et de ce format ?",
                file + ": column \"" + column.name() + "\" missing from the header of " + extractEn
                        + " (closest column: \"" + closest + "\"); is the file complete and of this format?");
    }

    /** The nearest header: the most words in common, then the fewest edits between normalised forms. */
    private String closest(Column column, List<Column> known) {
        Set<String> claimed = new HashSet<>();
        known.forEach(c -> claimed.addAll(c.keys()));
        List<String> candidates = names.stream().filter(n -> !claimed.contains(normalise(n))).toList();
        if (candidates.isEmpty()) {
            candidates = names;
        }
        String best = candidates.isEmpty() ? "" : candidates.get(0);
        int bestShared = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : candidates) {
            String key = normalise(name);
            Set<String> words = Set.of(key.split(" "));
            for (String wanted : column.keys()) {
                int shared = (int) java.util.Arrays.stream(wanted.split(" ")).distinct().filter(words::contains).count();
                int d = Suggestions.distance(key, wanted);
                if (shared > bestShared || shared == bestShared && d < bestDistance) {
                    best = name;
                    bestShared = shared;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** {@code Libellé Département (structure)} → {@code libelle departement}. */
    static String normalise(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = SUFFIX.matcher(plain).replaceAll(" ");
        String[] words = NOT_ALNUM.matcher(plain).replaceAll(" ").trim().split(" ");
        int end = words.length;
        if (end >= 2 && words[end - 2].equals("structure") && words[end - 1].equals("bal")) {
            end -= 2;
        }
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < end; i++) {
            if (words[i].isEmpty() || LITTLE_WORDS.contains(words[i])) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }
}
