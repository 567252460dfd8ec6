package fr.mssante.advisor.cli;

import fr.mssante.advisor.concurrent.Futures;
import fr.mssante.advisor.setup.LoadedSetup;
import fr.mssante.advisor.setup.ReadLimits;
import fr.mssante.advisor.setup.SetupLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Reading setup files needs no rules, so a command-line audit starts it on the other core while the
 * rule pack loads: the setup reader (Jackson, the JSON Schema) is built and, for a small run, the
 * files are read. On two cores this hides most of the reading in the pack's loading time.
 */
final class EarlyReading {

    /** Above this many files the run is a streamed batch: only the reader is prepared early. */
    static final int READ_AHEAD_MAX = 64;

    private final FutureTask<SetupLoader> loader;
    private final FutureTask<List<LoadedSetup>> loaded;

    private EarlyReading(List<Path> files, ReadLimits limits) {
        loader = new FutureTask<>(() -> new SetupLoader(limits));
        loaded = files.size() > READ_AHEAD_MAX ? null
                : new FutureTask<>(() -> files.stream().map(join(loader)::load).toList());
        Thread t = new Thread(() -> {
            loader.run();
            if (loaded != null) {
                loaded.run();
            }
        }, "early-reading");
        t.setDaemon(true);
        t.start();
    }

    static EarlyReading start(List<Path> files, ReadLimits limits) {
        return new EarlyReading(files, limits);
    }

    SetupLoader loader() {
        return join(loader);
    }

    /** The files read, in the order given; null when the run is too large to read ahead. */
    List<LoadedSetup> loaded() {
        return loaded == null ? null : join(loaded);
    }

    private static <T> T join(FutureTask<T> task) {
        return Futures.get(task);
    }
}
