package fr.mssante.advisor.cli;

import fr.mssante.advisor.directory.Progress;

/**
 * A one-line progress indicator on standard error, for runs long enough to wonder about (it appears
 * after two seconds) and only on a terminal: redirected output and CI logs stay clean.
 */
final class TerminalProgress implements Progress {

    private static final long QUIET_MILLIS = 2_000;
    private static final long EVERY_MILLIS = 250;

    private final long start = System.currentTimeMillis();
    private long last;
    private boolean shown;

    /** The indicator when standard error is a terminal and the user did not ask for silence, else none. */
    static Progress forConsole(boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress();
    }

    @Override
    public synchronized void update(String phase, long done) {
        long now = System.currentTimeMillis();
        if (now - start < QUIET_MILLIS || now - last < EVERY_MILLIS) {
            return;
        }
        last = now;
        shown = true;
        Console.ERR.print("\r" + phase + " : " + String.format("%,d", done).replace(',', ' ') + "    ");
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
