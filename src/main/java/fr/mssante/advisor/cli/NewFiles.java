package fr.mssante.advisor.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a set of text files, each whole or not at all ({@link AtomicOutput}, flushed to disk), never
 * over an existing one unless told to. Several files are written by a few threads at once: each file's
 * flush to disk waits on the file system's journal, and concurrent flushes share one commit (2,200
 * files of a department: 6 s one after the other, under 1 s eight at a time, on this machine).
 */
final class NewFiles {

    /** I/O-bound: more threads than cores, so that the journal commits are shared. */
    private static final int WRITERS = 8;

    /** What went wrong: the file, and whether it was there already; null when every file was written. */
    record Failure(Path file, IOException cause, int written) {
        boolean existed() {
            return cause instanceof FileAlreadyExistsException;
        }
    }

    private NewFiles() {
    }

    /** The targets that exist already (to refuse before writing anything). */
    static List<Path> existing(Iterable<Path> targets) {
        List<Path> out = new ArrayList<>();
        targets.forEach(t -> {
            if (Files.exists(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * @param texts   by target file, in the order to report them
     * @param replace whether an existing file may be replaced (else one that appeared meanwhile is kept)
     * @return the first failure in the given order, or null
     */
    static Failure write(Map<Path, String> texts, boolean replace) {
        if (texts.size() == 1) {
            Map.Entry<Path, String> only = texts.entrySet().iterator().next();
            IOException e = writeOne(only.getKey(), only.getValue(), replace);
            return e == null ? null : new Failure(only.getKey(), e, 0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, texts.size()), r -> {
            Thread t = new Thread(r, "setup-file-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Map.Entry<Path, Future<IOException>>> writes = new ArrayList<>(texts.size());
            texts.forEach((file, text) -> writes.add(Map.entry(file, pool.submit(() -> writeOne(file, text, replace)))));
            Failure first = null;
            int written = 0;
            for (Map.Entry<Path, Future<IOException>> w : writes) {
                IOException e = fr.mssante.advisor.concurrent.Futures.get(w.getValue());
                if (e == null) {
                    written++;
                } else if (first == null) {
                    first = new Failure(w.getKey(), e, 0);
                }
            }
            return first == null ? null : new Failure(first.file(), first.cause(), written);
        } finally {
            pool.shutdown();
        }
    }

    private static IOException writeOne(Path file, String text, boolean replace) {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            out.writer().write(text);
            if (replace) {
                out.commit();
            } else {
                out.commitNew();
            }
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
