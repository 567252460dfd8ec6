package fr.mssante.advisor.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A report file that appears whole or not at all. The text goes to a temporary file beside the
 * target (same folder, so same file system), is flushed to disk, then renamed over the target in one
 * step: a crash, a full disk or a kill in the middle leaves the previous report (or none), never half
 * of one. Until {@link #commit()}, {@link #close()} throws the temporary file away.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.open(target)) {
 *     out.writer().write(...);   // as much as needed, streamed
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements Closeable {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        OutputStream stream = Channels.newOutputStream(channel);
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** Starts a report for {@code target}, creating its folder if needed. */
    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // CREATE_NEW (O_EXCL: never through a planted link) without attributes, so the report gets the
        // permissions any new file gets (umask), as when it was written directly.
        while (true) {
            Path temporary = folder.resolve("." + absolute.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return new AtomicOutput(absolute, temporary,
                        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another run picked the same name: draw again
            }
        }
    }

    /** Writes a whole text to {@code target} atomically. */
    public static void write(Path target, String text) throws IOException {
        try (AtomicOutput out = open(target)) {
            out.writer().write(text);
            out.commit();
        }
    }

    /** Where the text goes until {@link #commit()}; UTF-8. */
    public Writer writer() {
        return writer;
    }

    /** Flushes to disk and puts the file in place of the target in one rename. */
    public void commit() throws IOException {
        writer.flush();
        channel.force(true);
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /**
     * Like {@link #commit()}, but never replaces a file: if {@code target} appeared meanwhile, it is kept
     * and this throws {@link java.nio.file.FileAlreadyExistsException} (the temporary file is dropped).
     */
    public void commitNew() throws IOException {
        writer.flush();
        channel.force(true);
        writer.close();
        try {
            Files.createLink(target, temporary);   // atomic, and fails on an existing name
            Files.delete(temporary);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
            if (noLinks instanceof java.nio.file.FileAlreadyExistsException) {
                throw noLinks;
            }
            Files.move(temporary, target);   // no REPLACE_EXISTING: fails if the file is there
        }
        committed = true;
    }

    /** Without a commit, drops the temporary file: the target keeps what it had. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the write already failed; what matters is not leaving the temporary file behind
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
