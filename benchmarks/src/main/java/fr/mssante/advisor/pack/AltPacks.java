package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Benchmark-only: the tool's {@link RulePack} (same texts, reference data, rule metadata and pack
 * checks) around a knowledge base built as the Drools <em>executable model</em> instead of the DRL
 * (mvel) build. Lives in the tool's package to reach its package-private helpers; the two private
 * readers of {@link RulePackLoader} and {@code DrlCompiler.indexRules} are called by reflection so that
 * the benchmark uses the tool's own code and fails loudly if it changes.
 */
public final class AltPacks {

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private AltPacks() {
    }

    /** The pack's {@code .drl} files, as the tool lists them. */
    public static List<Path> drlFiles(Path root) {
        return RulePackLoader.drlFiles(root);
    }

    /** Builds the pack's DRL files as the executable model (generated Java, compiled in memory). */
    public static KieBases buildExecutableModel(Path root) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.mssante.rules.bench", "exec-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (Path file : RulePackLoader.drlFiles(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            kfs.write("src/main/resources/rules/" + relative,
                    ks.getResources().newByteArrayResource(read(file)).setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("executable model build failed: " + errors);
        }
        KieBaseConfiguration config = DrlCompiler.baseConfiguration();   // the tool's options
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.newKieBase(config);
        ks.getRepository().removeKieModule(releaseId);
        return new KieBases(container, config, kieBase);
    }

    /**
     * The rest of what {@link RulePackLoader#load(Path)} does (texts, reference data, rule metadata
     * and locations, pack checks), around {@code kieBases}.
     */
    public static RulePack assemble(Path root, KieBases kieBases) {
        RulePackLoader loader = new RulePackLoader();
        List<PackProblem> problems = new ArrayList<>();
        ReferenceData reference = (ReferenceData) invoke(loader, "readReference", root, problems);
        MessageCatalog messages = (MessageCatalog) invoke(loader, "readMessages", root, problems);
        Map<String, Integer> ruleLines = new HashMap<>();
        Map<String, Path> ruleFiles = new HashMap<>();
        Method index = method(DrlCompiler.class, "indexRules", String.class, Path.class, Map.class, Map.class);
        for (Path file : RulePackLoader.drlFiles(root)) {
            call(index, null, new String(read(file), StandardCharsets.UTF_8), file, ruleLines, ruleFiles);
        }
        List<RuleInfo> rules = new ArrayList<>();
        List<RuleInfo> unidentified = new ArrayList<>();
        for (KiePackage pkg : kieBases.full().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String key = pkg.getName() + "/" + rule.getName();
                Path file = ruleFiles.get(key);
                RuleInfo info = new RuleInfo(meta(rule, "id"), Severity.parse(meta(rule, "severity")),
                        meta(rule, "subject"), rule.getName(), pkg.getName(),
                        file == null ? "" : file.toString(), ruleLines.getOrDefault(key, 0));
                (info.id() == null ? unidentified : rules).add(info);
            }
        }
        problems.addAll(PackChecks.check(rules, unidentified, messages));
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.putIfAbsent(r.id(), r));
        return new RulePack(kieBases, byId, messages, reference, root, root.toString(), problems);
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.length() > 1 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static Object invoke(RulePackLoader loader, String name, Path root, List<PackProblem> problems) {
        return call(method(RulePackLoader.class, name, Path.class, List.class), loader, root, problems);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method m = type.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the tool's " + type.getSimpleName() + "." + name
                    + " changed: update benchmarks/.../pack/AltPacks.java", e);
        }
    }

    private static Object call(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
