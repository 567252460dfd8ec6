package fr.mssante.advisor.serve;

import fr.mssante.advisor.setup.read.Sizes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies the service holds at once, waiting for a worker or being audited. The audit
 * queue bounds how many requests wait; this bounds how much memory they hold (128 waiting uploads of
 * 32 MiB would otherwise be 4 GiB): a body that would pass the budget is answered 503 at once.
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /** Reserves {@code bytes} until {@link #release}; 503 when the budget would be passed. */
    long reserve(long bytes) {
        long now = held.addAndGet(bytes);
        if (now > capacity && now != bytes) {   // one body alone within its own limit always passes
            held.addAndGet(-bytes);
            throw new ProblemException(Problem.OVERLOADED,
                    "Les envois en cours occupent déjà la mémoire permise (" + Sizes.fr(capacity) + ") ; réessayez"
                            + " dans un instant.", "The uploads in progress already hold the memory allowed ("
                            + Sizes.en(capacity) + "); try again in a moment.");
        }
        return bytes;
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }
}
