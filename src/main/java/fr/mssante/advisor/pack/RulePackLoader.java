package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Wording;
import com.fasterxml.jackson.databind.JsonNode;
import fr.mssante.advisor.concurrent.Futures;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.setup.LocatedTree;
import fr.mssante.advisor.setup.SourceLocation;
import fr.mssante.advisor.setup.read.LocatedTreeReader;
import fr.mssante.advisor.timing.Phases;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;

/**
 * Loads a rule pack from a folder: {@code **}{@code /*.drl} rules, {@code **}{@code /messages.yaml}
 * texts and {@code reference/*.yaml} lists ({@code tests/} holds scenarios, not rules). The default
 * pack is a copy of the project's {@code rules/} carried in the jar.
 */
public final class RulePackLoader {

    /** Where the jar keeps its copy of {@code rules/}; {@code pack.yaml} marks the folder. */
    static final String DEFAULT_PACK_MARKER = "/mssante-rules/pack.yaml";

    private static final String PACK_LAYOUT_FR = "Un paquet contient pack.yaml, reference/trust-space.yaml,"
            + " reference/professions.yaml et, par domaine, DOMAINE/DOMAINE.drl avec son DOMAINE/messages.yaml ;"
            + " « rules export DOSSIER » en écrit un complet à modifier.";
    private static final String PACK_LAYOUT_EN = "A pack holds pack.yaml, reference/trust-space.yaml,"
            + " reference/professions.yaml and, per area, AREA/AREA.drl with its AREA/messages.yaml;"
            + " \"rules export DIR\" writes a complete one to edit.";

    private final LocatedTreeReader yaml = new LocatedTreeReader();
    private final KieBaseCache cache;
    private final boolean useJarCompiled;

    /** A loader that compiles the DRL every time (what tests of packs and {@code --no-cache} want). */
    public RulePackLoader() {
        this(null, false);
    }

    /**
     * A loader that takes the default pack's compiled form from the jar when it matches, and keeps
     * compiled packs in {@code cache} (null: no disk cache). The command line's start-up.
     */
    public RulePackLoader(KieBaseCache cache) {
        this(cache, true);
    }

    /**
     * @param cache          compiled packs on disk, or null
     * @param useJarCompiled whether the default pack may come ready-compiled from the jar ({@link PrecompiledPack})
     */
    public RulePackLoader(KieBaseCache cache, boolean useJarCompiled) {
        this.cache = cache;
        this.useJarCompiled = useJarCompiled;
    }

    public RulePack loadDefault() {
        return load(defaultRoot(), "pack par défaut / default pack",
                (root, drl) -> compile(root, drl, useJarCompiled));
    }

    public RulePack load(Path root) {
        return load(root, root.toString(), (r, drl) -> compile(r, drl, false));
    }

    /**
     * Loads a pack whose rules are compiled by {@code compiler} (the benchmarks compare other ways of
     * building the knowledge base with this very loader).
     */
    RulePack load(Path root, String location, BiFunction<Path, List<Path>, DrlCompiler.Compiled> compiler) {
        if (!Files.isDirectory(root)) {
            throw new RulePackException("rule pack folder not found: " + root,
                    List.of(new PackProblem(root.toString(), 0, 0,
                            "dossier de règles introuvable / rule folder not found", true)));
        }
        if (!Files.isRegularFile(root.resolve("pack.yaml"))) {
            // Told before anything else: "missing trust-space.yaml" would send the user looking for one file.
            throw new RulePackException("not a rule pack: " + root, List.of(new PackProblem(location, 0, 0,
                    "ce dossier n'est pas un paquet de règles : il n'a pas de pack.yaml. " + PACK_LAYOUT_FR, true,
                    "this folder is not a rule pack: it has no pack.yaml. " + PACK_LAYOUT_EN)));
        }
        // The compiled rules do not depend on the texts: they load (or compile) on the other core meanwhile,
        // which takes the texts' reading off a cold start.
        List<Path> drl = PackFiles.drl(root);
        FutureTask<DrlCompiler.Compiled> compiling = new FutureTask<>(() -> compiler.apply(root, drl));
        Thread worker = new Thread(compiling, "rule-pack-loading");
        worker.setDaemon(true);
        worker.start();
        List<PackProblem> problems = new ArrayList<>();
        ReferenceData reference = readReference(root, problems);
        int beforeTexts = problems.size();
        MessageCatalog messages = readMessages(root, problems);
        boolean textsUnreadable = problems.subList(beforeTexts, problems.size()).stream().anyMatch(PackProblem::blocking);
        Phases.mark("pack texts and reference read");
        DrlCompiler.Compiled compiled = Futures.get(compiling);
        problems.addAll(compiled.problems());
        List<PackProblem> blocking = problems.stream().filter(PackProblem::blocking).toList();
        // The pack-level checks run whenever the rules were read, even if the pack cannot be used, so that
        // one missing @severity does not hide a missing @subject or text (rules check lists every problem).
        List<PackProblem> checks = compiled.rules().isEmpty() && compiled.unidentified().isEmpty() ? List.of()
                : PackChecks.check(compiled.rules(), compiled.unidentified(), messages, !textsUnreadable);
        if (!blocking.isEmpty()) {
            List<PackProblem> all = new ArrayList<>(blocking);
            all.addAll(checks);
            throw new RulePackException(Wording.of(Lang.EN).regular(blocking.size(), "problème", "problem")
                    + " in the rule pack " + location, all);
        }
        problems.addAll(checks);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        compiled.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        Phases.mark("pack checks");
        return new RulePack(compiled.kieBases(), rules, messages, reference, root, location, problems);
    }

    /**
     * The jar's compiled form when it is this very pack, else the disk cache's, else by compiling (and
     * then filling the cache). Each compiled form is checked against the pack's {@link PackKey}.
     */
    private DrlCompiler.Compiled compile(Path root, List<Path> drlFiles, boolean jarCompiled) {
        DrlCompiler compiler = new DrlCompiler();
        if (cache == null && !jarCompiled) {
            DrlCompiler.Compiled compiled = compiler.compile(root, drlFiles);
            Phases.mark("rules compiled (DRL)");
            return compiled;
        }
        String key = PackKey.of(root);
        Phases.mark("pack key (hash)");
        Optional<KieBases> ready = jarCompiled ? PrecompiledPack.read(key) : Optional.empty();
        if (ready.isPresent()) {
            Phases.mark("rules loaded from the jar");
        } else if (cache != null) {
            ready = cache.read(key);
            ready.ifPresent(k -> Phases.mark("rules loaded from the cache"));
        }
        if (ready.isPresent()) {
            return compiler.describe(ready.get(), drlFiles);
        }
        DrlCompiler.Compiled compiled = compiler.compile(root, drlFiles);
        Phases.mark("rules compiled (DRL)");
        // Only a clean build is cached: Drools' warnings would be lost on the next run.
        if (cache != null && compiled.kieBases() != null && compiled.problems().isEmpty()) {
            cache.write(key, compiled.kieBases().full());
        }
        return compiled;
    }

    private MessageCatalog readMessages(Path root, List<PackProblem> problems) {
        Map<String, Map<Lang, RuleTexts>> texts = new LinkedHashMap<>();
        Map<String, PackProblem> declaredIn = new LinkedHashMap<>();
        Map<String, PackProblem> fieldsAt = new LinkedHashMap<>();
        for (Path file : PackFiles.named(root, "messages.yaml")) {
            LocatedTree tree = readYaml(file, problems);
            if (tree == null) {
                continue;
            }
            tree.root().fields().forEachRemaining(entry -> {
                String id = entry.getKey();
                SourceLocation at = tree.locate(id);
                if (declaredIn.containsKey(id)) {
                    problems.add(new PackProblem(displayName(file), at.line(), at.column(),
                            "textes déjà définis pour " + id + " dans " + declaredIn.get(id).file()
                                    + " / texts already defined for " + id, false));
                    return;
                }
                declaredIn.put(id, new PackProblem(displayName(file), at.line(), at.column(), id, false));
                Map<Lang, RuleTexts> byLang = new EnumMap<>(Lang.class);
                for (Lang lang : Lang.values()) {
                    JsonNode t = entry.getValue().path(lang.code());
                    if (t.isObject()) {
                        t.fieldNames().forEachRemaining(field -> {
                            String key = MessageCatalog.fieldKey(id, lang, field);
                            SourceLocation fieldAt = tree.locate(key);
                            fieldsAt.put(key, new PackProblem(displayName(file), fieldAt.line(), fieldAt.column(), key,
                                    false));
                        });
                        byLang.put(lang, new RuleTexts(t.path("title").asText(null), t.path("message").asText(null),
                                t.path("recommendation").asText(null), t.path("reference").asText(null),
                                t.path("description").asText(null)));
                    }
                }
                texts.put(id, byLang);
            });
        }
        return new MessageCatalog(texts, declaredIn, fieldsAt);
    }

    private ReferenceData readReference(Path root, List<PackProblem> problems) {
        LocatedTree trust = readYaml(root.resolve("reference/trust-space.yaml"), problems);
        LocatedTree professions = readYaml(root.resolve("reference/professions.yaml"), problems);
        if (trust == null || professions == null) {
            return new ReferenceData(List.of(), java.util.Set.of(), null, java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of());
        }
        JsonNode t = trust.root();
        JsonNode p = professions.root();
        return new ReferenceData(strings(t.path("suffixes")), new HashSet<>(strings(t.path("domains"))),
                t.path("citizenDomain").asText(null), new HashSet<>(strings(p.path("health"))),
                new HashSet<>(strings(p.path("social"))), new HashSet<>(strings(p.path("notEligible"))));
    }

    /**
     * Reads a YAML file of a pack (texts, reference data, the dashboard's lists); a file that is missing
     * or does not parse is a blocking problem added to {@code problems}, and the result is then null.
     */
    public LocatedTree readYaml(Path file, List<PackProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new PackProblem(displayName(file), 0, 0, "fichier manquant / missing file", true));
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            LocatedTreeReader.Result read = yaml.read(new StringReader(text), false);
            read.errors().forEach(e -> problems.add(new PackProblem(displayName(file), e.line(), e.column(),
                    e.message(Lang.FR), true)));
            return read.errors().isEmpty() ? read.tree() : null;
        } catch (IOException e) {
            problems.add(new PackProblem(displayName(file), 0, 0, "illisible / unreadable: " + e.getMessage(), true));
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /**
     * How to name a pack file to a person: its path, or for the jar's own copy {@code rules/…}, the
     * file it was built from.
     */
    public static String displayName(Path file) {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return file.toString();
        }
        String inJar = file.toString();
        String prefix = DEFAULT_PACK_MARKER.substring(0, DEFAULT_PACK_MARKER.lastIndexOf('/') + 1);
        return inJar.startsWith(prefix) ? "rules/" + inJar.substring(prefix.length()) : inJar;
    }

    /** The default pack's folder: a real folder in development, a folder inside the jar otherwise. */
    static Path defaultRoot() {
        URL marker = RulePackLoader.class.getResource(DEFAULT_PACK_MARKER);
        if (marker == null) {
            throw new RulePackException("the default rule pack is missing from the jar", List.of());
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return PackKey.jarFileSystem(uri).getPath(DEFAULT_PACK_MARKER).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RulePackException("cannot open the default rule pack: " + e.getMessage(), List.of());
        }
    }
}
