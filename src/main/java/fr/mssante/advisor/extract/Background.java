package fr.mssante.advisor.extract;

import fr.mssante.advisor.concurrent.Futures;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * A reading done on its own thread while this one reads another file: the extracts are independent
 * once it is known which establishments they are read for, and on two cores (busy ones above all) two
 * readings at once take about the time of the longer. A failure comes back as it was thrown.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work, String name) {
        task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<>(work, name);
    }

    /** Waits for the result; the reading's own exception (an {@link ExtractException}) is rethrown as is. */
    T get() {
        return Futures.get(task);
    }

    /** No longer wanted (the selection failed): the thread is told to stop, its result is dropped. */
    void cancel() {
        task.cancel(true);
    }
}
