import fr.mssante.advisor.audit.AuditOptions;
import fr.mssante.advisor.audit.Auditor;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.report.AuditReport;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.SetupLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In-process figures for docs/security.md, run by benchmarks/hostile-input.sh (a single-file program:
 * java -cp target/mssante-advisor.jar benchmarks/HostileInputTiming.java RUNS):
 *  1. how long each hostile file takes to be refused: the first time in a fresh JVM (cold) and the
 *     median of RUNS more (warm);
 *  2. 10,000 audits of the samples on one shared Auditor, 1 thread then 8 threads: time, and how many
 *     reports differ from the single-threaded ones.
 */
public class HostileInputTiming {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path hostile = Path.of("src/test/resources/hostile");
        Path work = Files.createTempDirectory("hostile-timing");
        Path big = work.resolve("eleven-mib.yaml");
        Files.writeString(big, "format: mssante-setup/1\n# " + "x".repeat(11 * 1024 * 1024) + "\n");
        Path oneLine = work.resolve("one-line-8mib.yaml");
        Files.writeString(oneLine, "format: mssante-setup/1\nstructure:\n  name: \"" + "x".repeat(8 * 1024 * 1024) + "\"\n");
        Path deep = work.resolve("deep-100000.json");
        Files.writeString(deep, "{\"structure\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        List<Path> files = List.of(hostile.resolve("billion-laughs.yaml"), hostile.resolve("wide-alias-bomb.yaml"),
                hostile.resolve("deep-nesting.yaml"), deep, big, oneLine, hostile.resolve("latin1.yaml"));

        System.out.println("| file | refused with | cold (ms) | warm median (ms) |");
        System.out.println("|---|---|---|---|");
        SetupLoader loader = new SetupLoader();
        for (Path file : files) {
            long start = System.nanoTime();
            LoadedSetup first = loader.load(file);
            double cold = (System.nanoTime() - start) / 1e6;
            double[] warm = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                loader.load(file);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            String message = first.errors().get(0).message(Lang.EN);
            System.out.printf("| %s | %s | %.1f | %.2f |%n", file.getFileName(),
                    message.substring(0, Math.min(60, message.length())).replace("|", "/") + "…", cold, warm[runs / 2]);
        }

        Auditor auditor = Auditor.withDefaultRules();
        AuditOptions options = new AuditOptions(LocalDate.of(2026, 1, 15), Lang.FR);
        List<LoadedSetup> inputs = new ArrayList<>();
        try (var samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                inputs.add(auditor.loader().load(p));
            }
        }
        List<AuditReport> expected = inputs.stream().map(in -> auditor.audit(in, options)).toList();
        for (int warmup = 0; warmup < 2000; warmup++) {
            auditor.audit(inputs.get(warmup % inputs.size()), options);
        }
        System.out.println();
        System.out.println("| threads | audits | seconds | reports differing from sequential |");
        System.out.println("|---|---|---|---|");
        for (int threads : new int[] {1, 8}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<AuditReport>> results = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                LoadedSetup in = inputs.get(i % inputs.size());
                results.add(pool.submit(() -> auditor.audit(in, options)));
            }
            int different = 0;
            for (int i = 0; i < results.size(); i++) {
                if (!results.get(i).get().equals(expected.get(i % inputs.size()))) {
                    different++;
                }
            }
            System.out.printf("| %d | 10000 | %.2f | %d |%n", threads, (System.nanoTime() - start) / 1e9, different);
            pool.shutdown();
        }
    }
}
