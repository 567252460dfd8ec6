package fr.mssante.advisor.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SetupLoader;
import fr.mssante.advisor.setup.SourceLocation;
import fr.mssante.advisor.setup.read.Suggestions;
import fr.mssante.advisor.setup.read.LocatedTreeReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the scenario files of a pack ({@code tests/**}{@code /*.yaml}). A scenario gives its setup inline
 * ({@code setup:}), by path relative to the scenario file ({@code setupFile:}), or several for the
 * portfolio rules ({@code setups:} / {@code setupFiles:}). Findings are {@code [RULE-ID, subject]} pairs.
 */
public final class ScenarioLoader {

    /** What the folder held: the scenarios, and the problems of files that could not be read. */
    public record Loaded(List<Scenario> scenarios, List<PackProblem> problems) {
    }

    private static final List<String> FILE_KEYS = List.of("scenarios");
    private static final List<String> SCENARIO_KEYS = List.of("name", "asOf", "setup", "setupFile", "setups",
            "setupFiles", "expect", "absent", "waived");
    private static final List<String> EXPECTATION_KEYS = List.of("rule", "subject");

    private final SetupLoader setupLoader;
    private final LocatedTreeReader reader = new LocatedTreeReader();

    public ScenarioLoader(SetupLoader setupLoader) {
        this.setupLoader = setupLoader;
    }

    public Loaded load(Path packRoot) {
        Path tests = packRoot.resolve("tests");
        List<Scenario> scenarios = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(tests)) {
            return new Loaded(scenarios, problems);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            readFile(file, scenarios, problems);
        }
        return new Loaded(scenarios, problems);
    }

    private void readFile(Path file, List<Scenario> scenarios, List<PackProblem> problems) {
        LocatedTreeReader.Result read;
        try {
            read = reader.read(new StringReader(Files.readString(file, StandardCharsets.UTF_8)), false);
        } catch (IOException e) {
            problems.add(new PackProblem(file.toString(), 0, 0, "illisible / unreadable: " + e.getMessage(), true));
            return;
        }
        if (read.tree() == null || !read.errors().isEmpty()) {
            read.errors().forEach(e -> problems.add(new PackProblem(file.toString(), e.line(), e.column(),
                    e.message(fr.mssante.advisor.i18n.Lang.FR), true)));
            return;
        }
        LocatedTree tree = read.tree();
        String where = RulePackLoader.displayName(file);
        unknownKeys(where, tree, tree.root(), "", FILE_KEYS, "le fichier de scénarios", "the scenario file", problems);
        JsonNode list = tree.root().path("scenarios");
        if (!list.isArray()) {
            problems.add(new PackProblem(where, 1, 1,
                    "le fichier doit avoir une liste « scenarios » / the file needs a \"scenarios\" list", true));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Scenario scenario = scenario(file, where, tree, i, problems);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
    }

    /** The i-th scenario of the file, or null after adding to {@code problems} why it cannot run. */
    private Scenario scenario(Path file, String where, LocatedTree tree, int i, List<PackProblem> problems) {
        String path = "scenarios[" + i + "]";
        JsonNode s = tree.root().path("scenarios").get(i);
        SourceLocation start = tree.locate(path);
        int line = start.line();
        // A misspelt key (asof, expected) would be ignored and the scenario would check less than it says.
        if (unknownKeys(where, tree, s, path, SCENARIO_KEYS, "un scénario", "a scenario", problems)
                | unknownExpectationKeys(where, tree, s, path, problems)) {
            return null;
        }
        List<LoadedSetup> setups = new ArrayList<>();
        inline(file, tree, s.path("setup"), path + ".setup", setups);
        for (int k = 0; k < s.path("setups").size(); k++) {
            inline(file, tree, s.path("setups").get(k), path + ".setups[" + k + "]", setups);
        }
        byPath(file, s.path("setupFile"), setups);
        s.path("setupFiles").forEach(f -> byPath(file, f, setups));
        if (setups.isEmpty()) {
            problems.add(new PackProblem(where, line, start.column(), "scénario sans setup / scenario without a setup"
                    + " (setup, setupFile, setups, setupFiles)", true));
            return null;
        }
        List<Scenario.Expected> expect = pairs(s.path("expect"));
        List<Scenario.Expected> absent = pairs(s.path("absent"));
        List<Scenario.Expected> waived = pairs(s.path("waived"));
        if (expect.isEmpty() && absent.isEmpty() && waived.isEmpty()) {
            // It would pass whatever the rules do.
            problems.add(new PackProblem(where, line, start.column(), "scénario sans attente : il passerait quoi que fassent les"
                    + " règles ; ajoutez expect, absent ou waived / scenario without an expectation: it would pass"
                    + " whatever the rules do; add expect, absent or waived", true));
            return null;
        }
        LocalDate asOf = LocalDate.now();
        if (s.has("asOf")) {
            try {
                asOf = LocalDate.parse(s.path("asOf").asText());
            } catch (DateTimeParseException e) {
                problems.add(new PackProblem(where, tree.locate(path + ".asOf").line(), 1,
                        "asOf : date AAAA-MM-JJ attendue / expected YYYY-MM-DD", true));
                return null;
            }
        }
        String name = s.path("name").asText("scenario " + (i + 1));
        return new Scenario(where, line, name, asOf, setups, expect, absent, waived);
    }

    /** Object-form expectations ({@code {rule, subject}}) take those two keys only. */
    private static boolean unknownExpectationKeys(String where, LocatedTree tree, JsonNode scenario, String path,
                                                  List<PackProblem> problems) {
        boolean found = false;
        for (String list : List.of("expect", "absent", "waived")) {
            JsonNode items = scenario.path(list);
            for (int k = 0; k < items.size(); k++) {
                found |= unknownKeys(where, tree, items.get(k), path + "." + list + "[" + k + "]", EXPECTATION_KEYS,
                        "une attente", "an expectation", problems);
            }
        }
        return found;
    }

    /**
     * Adds a problem for each key of {@code node} outside {@code known}, with the closest known key; true
     * if there was one.
     */
    private static boolean unknownKeys(String where, LocatedTree tree, JsonNode node, String path, List<String> known,
                                       String inFr, String inEn, List<PackProblem> problems) {
        if (!node.isObject()) {
            return false;
        }
        boolean found = false;
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (known.contains(key)) {
                continue;
            }
            found = true;
            SourceLocation at = tree.locate(path.isEmpty() ? key : path + "." + key);
            String closest = Suggestions.closest(key, known).orElse(null);
            String fr = "clé inconnue « " + key + " » dans " + inFr + (closest != null
                    ? " ; vouliez-vous dire « " + closest + " » ?" : " (clés possibles : " + String.join(", ", known) + ")");
            String en = "unknown key \"" + key + "\" in " + inEn + (closest != null
                    ? "; did you mean \"" + closest + "\"?" : " (known keys: " + String.join(", ", known) + ")");
            problems.add(new PackProblem(where, at.line(), at.column(), fr + " / " + en, true));
        }
        return found;
    }

    private void inline(Path file, LocatedTree tree, JsonNode node, String path, List<LoadedSetup> out) {
        if (node.isObject()) {
            out.add(setupLoader.check(file + " (" + path + ")", tree.subtree(path, node), List.of()));
        }
    }

    private void byPath(Path file, JsonNode node, List<LoadedSetup> out) {
        if (node.isTextual()) {
            out.add(setupLoader.load(file.getParent().resolve(node.asText()).normalize()));
        }
    }

    private static List<Scenario.Expected> pairs(JsonNode list) {
        List<Scenario.Expected> out = new ArrayList<>();
        list.forEach(p -> out.add(p.isArray()
                ? new Scenario.Expected(p.path(0).asText(), p.path(1).asText())
                : new Scenario.Expected(p.path("rule").asText(), p.path("subject").asText())));
        return out;
    }
}
