package fr.mssante.advisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error in UTF-8 whatever the machine's locale, so accents survive.
 *
 * <p>Both go through a {@link Target} that tests may point at memory ({@link #capture()}), so that what a
 * user reads can be checked on an in-process {@link Main#run} without starting a JVM.
 */
final class Console {

    private static final Target OUT_TARGET = new Target(new FileOutputStream(FileDescriptor.out));
    private static final Target ERR_TARGET = new Target(new FileOutputStream(FileDescriptor.err));

    static final PrintStream OUT = new PrintStream(OUT_TARGET, true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(ERR_TARGET, true, StandardCharsets.UTF_8);

    private Console() {
    }

    /** A writer on {@code stream} in UTF-8 (picocli's own {@code PrintWriter(OutputStream)} takes the locale's). */
    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Sends standard output and error to memory until the capture is closed, then back to where they went
     * before (captures nest: a test's own capture inside the one that keeps a test run quiet). Tests only;
     * not thread-safe.
     */
    static Captured capture() {
        Captured captured = new Captured(OUT_TARGET.to, ERR_TARGET.to);
        OUT_TARGET.to = captured.out;
        ERR_TARGET.to = captured.err;
        return captured;
    }

    /** What the commands printed while captured. */
    static final class Captured implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final OutputStream previousOut;
        private final OutputStream previousErr;

        private Captured(OutputStream previousOut, OutputStream previousErr) {
            this.previousOut = previousOut;
            this.previousErr = previousErr;
        }

        String out() {
            OUT.flush();
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            ERR.flush();
            return err.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            OUT.flush();
            ERR.flush();
            OUT_TARGET.to = previousOut;
            ERR_TARGET.to = previousErr;
        }
    }

    /** The terminal's file descriptor, or a test's buffer. */
    private static final class Target extends OutputStream {
        private volatile OutputStream to;

        Target(OutputStream terminal) {
            this.to = terminal;
        }

        @Override
        public void write(int b) throws IOException {
            to.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            to.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            to.flush();
        }
    }
}
