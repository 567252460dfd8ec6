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
import java.lang.management.ThreadMXBean;
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
 * all ESSMS of France. Each line: elapsed seconds, CPU seconds of the reading thread, the heap the result
 * keeps (a selection's establishments, mailboxes and activities; nothing for a reader alone), what was read.
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
            time("select one EHPAD (" + kind + " + mailboxes + RPPS)", () -> (selector.select(all,
                    Selection.establishment(one.get()))));
            time("select the ESSMS of the 93 (" + kind + " + mailboxes + RPPS)", () -> (selector.select(all,
                    Selection.area(List.of("93"), reference.essmsCategories()))));
            time("select the ESSMS of France (" + kind + " + mailboxes + RPPS)", () -> (selector.select(all,
                    Selection.area(List.of(), reference.essmsCategories()))));
        }
    }

    /**
     * Runs one step and prints its elapsed time, the CPU time of this thread (less sensitive than the
     * elapsed time to what else the machine runs), and the heap its result keeps once collected.
     */
    private static void time(String what, Supplier<Object> run) {
        System.gc();
        long before = used();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.gc();
        long kept = Math.max(0, used() - before) >> 20;
        System.out.printf("| %s | %.2f s | %.2f s | %d MiB | %s |%n", what, seconds, cpuSeconds, kept, describe(result));
    }

    private static long used() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static String describe(Object result) {
        if (result instanceof SelectedExtracts s) {
            return s.establishments().size() + " establishments, " + s.counts().attachedMailboxes() + " mailboxes, "
                    + s.counts().attachedActivities() + " activities";
        }
        return String.valueOf(result);
    }
}
