package fr.mssante.advisor.timing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command-line run spends its time, phase by phase, for docs/benchmarks.md. Off unless the
 * system property {@code mssante.timings} or the variable {@code MSSANTE_ADVISOR_TIMINGS} is set: then
 * each phase's duration is printed on standard error at the end of the run. Costs one volatile read
 * per mark when off.
 */
public final class Phases {

    private static final boolean ON = System.getProperty("mssante.timings") != null
            || System.getenv("MSSANTE_ADVISOR_TIMINGS") != null;
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();
    private static long last = System.nanoTime();

    private Phases() {
    }

    public static boolean on() {
        return ON;
    }

    /** Ends the current phase, naming it. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        NAMES.add(phase);
        TIMES.add(now - last);
        last = now;
    }

    /** Prints the phases (ms) and the JVM's own start before {@code main}, when timing is on. */
    public static synchronized void print(PrintStream out) {
        if (!ON) {
            return;
        }
        long sinceStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long total = TIMES.stream().mapToLong(Long::longValue).sum() / 1_000_000;
        out.printf("timings (ms): JVM up %d, of which before main (JVM start, main class) %d%n",
                sinceStart, sinceStart - total);
        for (int i = 0; i < NAMES.size(); i++) {
            out.printf("  %-28s %6.1f%n", NAMES.get(i), TIMES.get(i) / 1e6);
        }
    }
}
