package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import fr.mssante.advisor.engine.ContinueOnConsequenceError;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

/**
 * Compiles DRL files with the classic (mvel) build, whose error messages carry real line numbers, and
 * maps every message back to the analyst's file. Drools puts the column only inside its text
 * ({@code [ERR 102] Line 9:27 …}): it is recovered from there.
 */
final class DrlCompiler {

    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /**
     * @param kieBase      null when the pack does not compile
     * @param unidentified rules that compiled but lack an {@code @id}
     */
    record Compiled(KieBases kieBases, List<RuleInfo> rules, List<RuleInfo> unidentified, List<PackProblem> problems) {
    }

    Compiled compile(Path root, List<Path> drlFiles) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.mssante.rules", "pack-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> realFiles = new HashMap<>();
        RuleIndex index = new RuleIndex();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : drlFiles) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String virtual = "src/main/resources/rules/" + relative;
            byte[] bytes = read(file);
            realFiles.put(virtual, file);
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            texts.put(file, text);
            index.add(text, file);
            kfs.write(virtual, ks.getResources().newByteArrayResource(bytes).setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<PackProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            if (m.getLevel() == Message.Level.INFO || m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            Path real = realFiles.getOrDefault(m.getPath(), realFiles.get("src/main/resources/" + m.getPath()));
            int line = m.getLine();
            int column = m.getColumn();
            Matcher lc = LINE_COLUMN.matcher(m.getText());
            if (lc.find()) {
                line = line > 0 ? line : Integer.parseInt(lc.group(1));
                column = Integer.parseInt(lc.group(2)) + 1;
            }
            String where = real != null ? RulePackLoader.displayName(real) : String.valueOf(m.getPath());
            boolean error = m.getLevel() == Message.Level.ERROR;
            var translated = DroolsMessages.translate(m.getText());
            if (translated.isPresent()) {
                // Drools' column there is inside the constraint: the word's own place in the line is clearer.
                DroolsMessages.Translated t = translated.get();
                int at = real == null ? 0 : DroolsMessages.columnOf(texts.get(real), line, t.word());
                problems.add(new PackProblem(where, line, at > 0 ? at : column, t.fr(), error, t.en()));
            } else {
                problems.add(new PackProblem(where, line, column, clean(m.getText()), error));
            }
        }
        if (problems.stream().anyMatch(PackProblem::blocking)) {
            return new Compiled(null, List.of(), List.of(), problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBaseConfiguration config = baseConfiguration(true);
        KieBase kieBase;
        try {
            kieBase = container.newKieBase(config);
            if (!ConstraintJitting.safeFor(kieBase.getKiePackages())) {
                // The option is fixed once the base exists: build it again, interpreted.
                config = baseConfiguration(false);
                kieBase = container.newKieBase(config);
            }
        } catch (RuntimeException e) {
            // Drools can reject rules that compiled (e.g. "Can't build a rete network with an inner OR
            // group element"); it names no file, so the problem points at the pack.
            problems.add(new PackProblem(RulePackLoader.displayName(root), 0, 0,
                    "Drools ne peut pas assembler les règles / Drools cannot assemble the rules: " + e.getMessage(), true));
            return new Compiled(null, List.of(), List.of(), problems);
        }
        ks.getRepository().removeKieModule(releaseId);
        return describe(new KieBases(container, config, kieBase), index, problems);
    }

    /** The rules of an already compiled pack (from the cache), described like a fresh compilation's. */
    Compiled describe(KieBases bases, List<Path> drlFiles) {
        RuleIndex index = new RuleIndex();
        for (Path file : drlFiles) {
            index.add(new String(read(file), java.nio.charset.StandardCharsets.UTF_8), file);
        }
        return describe(bases, index, new ArrayList<>());
    }

    private Compiled describe(KieBases bases, RuleIndex index, List<PackProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        List<RuleInfo> unidentified = new ArrayList<>();
        for (KiePackage pkg : bases.full().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String key = pkg.getName() + "/" + rule.getName();
                Path file = index.files.get(key);
                RuleInfo info = new RuleInfo(meta(rule, "id"), Severity.parse(meta(rule, "severity")),
                        meta(rule, "subject"), rule.getName(), pkg.getName(),
                        file == null ? "" : RulePackLoader.displayName(file), index.lines.getOrDefault(key, 0),
                        index.arguments.get(key));
                (info.id() == null ? unidentified : rules).add(info);
                if (info.id() != null && info.severity() == null) {
                    problems.add(new PackProblem(info.file(), info.line(), 1, "règle " + info.id()
                            + " : @severity absente ou inconnue (ERROR, WARNING ou INFO) / missing or unknown"
                            + " @severity", true));
                }
            }
        }
        return new Compiled(problems.stream().anyMatch(PackProblem::blocking) ? null : bases, rules, unidentified,
                problems);
    }

    /**
     * The options every knowledge base of a pack is built with, compiled or reloaded.
     *
     * @param jitting whether busy constraints may be compiled to bytecode: {@link ConstraintJitting#safeFor}
     *                the pack's rules
     */
    static KieBaseConfiguration baseConfiguration(boolean jitting) {
        KieBaseConfiguration config = KieServices.Factory.get().newKieBaseConfiguration();
        // One faulty consequence must not stop the session: record it and let the other rules run.
        config.setOption(ConsequenceExceptionHandlerOption.get(ContinueOnConsequenceError.class));
        // Busy constraints become bytecode instead of MVEL interpreted by reflection, unless the pack
        // has a constraint that Drools 10.2 jits wrongly (NoSuchMethodError): see ConstraintJitting.
        config.setOption(ConstraintJittingThresholdOption.get(
                jitting ? ConstraintJittingThresholdOption.DEFAULT_VALUE : -1));
        return config;
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.length() > 1 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * Where each rule is written and the placeholder names its consequence passes, by
     * {@code package/rule name}: Drools keeps neither.
     */
    private static final class RuleIndex {
        final Map<String, Integer> lines = new HashMap<>();
        final Map<String, Path> files = new HashMap<>();
        final Map<String, java.util.Set<String>> arguments = new HashMap<>();

        void add(String drl, Path file) {
            Matcher pkg = PACKAGE.matcher(drl);
            String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
            Matcher rule = RULE.matcher(drl);
            List<Integer> starts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            while (rule.find()) {
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                int line = 1 + (int) drl.substring(0, rule.start()).chars().filter(c -> c == '\n').count();
                int indent = drl.substring(rule.start()).indexOf("rule");
                String key = packageName + "/" + name;
                lines.put(key, line + (int) drl.substring(rule.start(), rule.start() + indent).chars()
                        .filter(c -> c == '\n').count());
                files.put(key, file);
                starts.add(rule.start());
                keys.add(key);
            }
            for (int k = 0; k < keys.size(); k++) {
                int end = k + 1 < keys.size() ? starts.get(k + 1) : drl.length();
                arguments.put(keys.get(k), ReportArguments.of(drl.substring(starts.get(k), end)));
            }
        }
    }

    /** Drools texts repeat the position and end with noise; keep the part a person reads. */
    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
