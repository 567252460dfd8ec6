import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.ExtractSelector;
import fr.mssante.advisor.extract.Extracts;
import fr.mssante.advisor.extract.FinessReader;
import fr.mssante.advisor.extract.MailboxReader;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.RppsReader;
import fr.mssante.advisor.extract.SelectedExtracts;
import fr.mssante.advisor.extract.Selection;
import fr.mssante.advisor.pack.RulePackLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * In-process figures of the extract readers for docs/benchmarks.md, run by benchmarks/extracts.sh
 * (a single-file program: java -Xmx1g -cp target/mssante-advisor.jar benchmarks/ExtractReadingTiming.java DIR).
 * Each reader alone on the national files of DIR (every record built, as the dashboard of all France
 * would), then the selections init and the dashboard make: one establishment, one department's ESSMS,
 * all ESSMS of France. Each line: seconds, peak heap of the step (sum of the pools' peaks, an upper
 * bound), what was read.
 */
public class ExtractReadingTiming {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path csv = dir.resolve("etalab-cs1100507-stock-20260512-0339.csv");
        Path json = dir.resolve("finess-structures-journalier-20260309.json");
        Path mailboxes = dir.resolve("Extraction_Correspondance_MSSante_202603010400.txt");
        Path rpps = dir.resolve("PS_LibreAcces_Personne_activite_202603010400.txt");
        ExtractReference reference = ExtractReference.of(new RulePackLoader().loadDefault());
        long[] n = {0};
        time("FINESS CSV, every establishment", () -> new FinessReader(Progress.NONE).read(csv, e -> n[0]++).establishments());
        time("FINESS JSON flux, every establishment", () -> new FinessReader(Progress.NONE).read(json, e -> n[0]++).establishments());
        time("mailboxes, every record", () -> new MailboxReader(Progress.NONE).read(mailboxes, m -> n[0]++).mailboxes());
        time("RPPS, every activity built", () -> new RppsReader(Progress.NONE).read(rpps, a -> n[0]++).activities());
        time("RPPS, lines split, none built", () -> new RppsReader(Progress.NONE).read(rpps, s -> false, a -> n[0]++).activities());

        ExtractSelector selector = new ExtractSelector(reference, LocalDate.now(), Progress.NONE);
        AtomicReference<String> one = new AtomicReference<>();
        new FinessReader(Progress.NONE).read(csv, e -> {
            if (one.get() == null && "500".equals(e.categoryCode())) {
                one.set(e.finess());
            }
        });
        for (Path finess : List.of(csv, json)) {
            String kind = finess == csv ? "CSV" : "JSON";
            Extracts all = new Extracts(finess, mailboxes, rpps);
            time("select one EHPAD (" + kind + " + mailboxes + RPPS)", () -> describe(selector.select(all,
                    Selection.establishment(one.get()))));
            time("select the ESSMS of the 93 (" + kind + " + mailboxes + RPPS)", () -> describe(selector.select(all,
                    Selection.area(List.of("93"), reference.essmsCategories()))));
            time("select the ESSMS of France (" + kind + " + mailboxes + RPPS)", () -> describe(selector.select(all,
                    Selection.area(List.of(), reference.essmsCategories()))));
        }
    }

    private static String describe(SelectedExtracts s) {
        return s.establishments().size() + " establishments, " + s.counts().attachedMailboxes() + " mailboxes, "
                + s.counts().attachedActivities() + " activities";
    }

    private static void time(String what, Supplier<Object> run) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Object result = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        System.out.printf("| %s | %.2f s | %d MiB | %s |%n", what, seconds, peak, result);
    }
}
