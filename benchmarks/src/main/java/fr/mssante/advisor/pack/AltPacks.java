package fr.mssante.advisor.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Benchmark-only: the tool's {@link RulePack} (same texts, reference data, rule metadata and pack
 * checks) around a knowledge base built as the Drools <em>executable model</em> instead of the DRL
 * (mvel) build. Lives in the tool's package to reach its package-private helpers, so that the
 * benchmark assembles the pack with the tool's own loader.
 */
public final class AltPacks {

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private AltPacks() {
    }

    /** The pack's {@code .drl} files, as the tool lists them. */
    public static List<Path> drlFiles(Path root) {
        return PackFiles.drl(root);
    }

    /** Builds the pack's DRL files as the executable model (generated Java, compiled in memory). */
    public static KieBases buildExecutableModel(Path root) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.mssante.rules.bench", "exec-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (Path file : PackFiles.drl(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            kfs.write("src/main/resources/rules/" + relative,
                    ks.getResources().newByteArrayResource(read(file)).setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("executable model build failed: " + errors);
        }
        KieBaseConfiguration config = DrlCompiler.baseConfiguration(true);   // the tool's options
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.newKieBase(config);
        ks.getRepository().removeKieModule(releaseId);
        return new KieBases(container, config, kieBase);
    }

    /**
     * The rest of what {@link RulePackLoader#load(Path)} does (texts, reference data, rule metadata
     * and locations, pack checks), around {@code kieBases}: the tool's own loader, given these bases.
     */
    public static RulePack assemble(Path root, KieBases kieBases) {
        return new RulePackLoader().load(root, root.toString(),
                (packRoot, drlFiles) -> new DrlCompiler().describe(kieBases, drlFiles));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
