package fr.mssante.advisor.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.pack.PackProblem;
import fr.mssante.advisor.pack.RulePackLoader;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SetupLoader;
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
        JsonNode list = tree.root().path("scenarios");
        if (!list.isArray()) {
            problems.add(new PackProblem(file.toString(), 1, 1,
                    "le fichier doit avoir une liste « scenarios » / the file needs a \"scenarios\" list", true));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "scenarios[" + i + "]";
            JsonNode s = list.get(i);
            int line = tree.locate(path).line();
            List<LoadedSetup> setups = new ArrayList<>();
            inline(file, tree, s.path("setup"), path + ".setup", setups);
            for (int k = 0; k < s.path("setups").size(); k++) {
                inline(file, tree, s.path("setups").get(k), path + ".setups[" + k + "]", setups);
            }
            byPath(file, s.path("setupFile"), setups);
            s.path("setupFiles").forEach(f -> byPath(file, f, setups));
            if (setups.isEmpty()) {
                problems.add(new PackProblem(file.toString(), line, 1, "scénario sans setup / scenario without a setup"
                        + " (setup, setupFile, setups, setupFiles)", true));
                continue;
            }
            LocalDate asOf = LocalDate.now();
            if (s.has("asOf")) {
                try {
                    asOf = LocalDate.parse(s.path("asOf").asText());
                } catch (DateTimeParseException e) {
                    problems.add(new PackProblem(file.toString(), tree.locate(path + ".asOf").line(), 1,
                            "asOf : date AAAA-MM-JJ attendue / expected YYYY-MM-DD", true));
                    continue;
                }
            }
            String name = s.path("name").asText("scenario " + (i + 1));
            scenarios.add(new Scenario(RulePackLoader.displayName(file), line, name, asOf, setups, pairs(s.path("expect")),
                    pairs(s.path("absent")), pairs(s.path("waived"))));
        }
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
