package fr.mssante.advisor.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded pool audits run on: a fixed number of workers and a bounded queue, so that a burst waits a
 * little or is refused at once ({@link java.util.concurrent.RejectedExecutionException}, answered 503), never
 * piles up without end; and a time limit per request (the answer is then a 503, while the audit, which the
 * rule engine bounds on its own, runs to its end on its worker).
 */
final class AuditWorkers implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    AuditWorkers(int workers, int queue, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
                    Thread t = new Thread(r, "audit-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeout = timeout;
    }

    /** Runs {@code work} on a worker; fails at once with RejectedExecutionException when the queue is full. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int waiting() {
        return pool.getQueue().size();
    }

    int running() {
        return pool.getActiveCount();
    }

    /** Lets the audits accepted finish (up to {@code grace}), then stops the workers. */
    void stop(Duration grace) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }

    /** Stops at once (a start that failed). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
