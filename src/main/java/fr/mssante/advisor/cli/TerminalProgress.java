package fr.mssante.advisor.cli;

import fr.mssante.advisor.extract.Progress;

/**
 * A one-line progress indicator on standard error, for runs long enough to wonder about (it appears
 * after two seconds) and only on a terminal: redirected output, reports and CI logs stay clean. It
 * serves the dashboard's phases and the batch audit's file count.
 */
final class TerminalProgress implements Progress {

    private static final long QUIET_MILLIS = 2_000;

    private final long everyMillis;
    private final boolean enabled;
    private final long start = System.currentTimeMillis();
    private long last;
    private boolean shown;

    private TerminalProgress(long everyMillis, boolean quiet) {
        this.everyMillis = everyMillis;
        this.enabled = !quiet && System.console() != null;
    }

    /** The dashboard's indicator; silent when quiet or when standard error is not a terminal. */
    static TerminalProgress forConsole(boolean quiet) {
        return new TerminalProgress(250, quiet);
    }

    /** A batch's indicator, refreshed twice a second; silent likewise. */
    static TerminalProgress forBatch(boolean quiet) {
        return new TerminalProgress(500, quiet);
    }

    @Override
    public void update(String phase, long done) {
        show(phase + " : " + String.format("%,d", done).replace(',', ' ') + "    ");
    }

    /** A batch of {@code total} files, {@code done} of them audited. */
    void files(int done, int total) {
        show("Audit : " + done + " / " + total + " fichiers (" + (100L * done / total) + " %) / files ");
    }

    private synchronized void show(String line) {
        if (!enabled) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - start < QUIET_MILLIS || now - last < everyMillis) {
            return;
        }
        last = now;
        shown = true;
        Console.ERR.print("\r" + line);
        Console.ERR.flush();
    }

    @Override
    public synchronized void finish() {
        if (shown) {
            Console.ERR.print("\r" + " ".repeat(60) + "\r");
            Console.ERR.flush();
            shown = false;
        }
    }
}
