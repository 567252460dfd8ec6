package fr.mssante.advisor.cli;

/**
 * A one-line progress indicator on standard error for long batches: shown only when the terminal is
 * interactive and the run has lasted more than {@link #DELAY_NANOS}, refreshed at most twice a second,
 * erased at the end. Never written into a report, a pipe or a file.
 */
final class Progress {

    private static final long DELAY_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long shownAt;
    private int done;
    private boolean shown;

    private Progress(int total, boolean enabled) {
        this.total = total;
        this.enabled = enabled;
    }

    /** For a run of {@code total} files; silent when quiet or not on a terminal. */
    static Progress of(int total, boolean quiet) {
        return new Progress(total, !quiet && System.console() != null);
    }

    void fileDone() {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - shownAt < EVERY_NANOS) {
            return;
        }
        shownAt = now;
        shown = true;
        Console.ERR.print("\rAudit : " + done + " / " + total + " fichiers (" + (100L * done / total) + " %) / files ");
        Console.ERR.flush();
    }

    void end() {
        if (shown) {
            Console.ERR.print("\r" + " ".repeat(60) + "\r");
            Console.ERR.flush();
        }
    }
}
