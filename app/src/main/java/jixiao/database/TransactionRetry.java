package jixiao.database;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when it failed for a passing reason ({@link TransientFailures}):
 * a bounded number of attempts, each after a random pause up to a doubling ceiling ("full
 * jitter"), so that two requests that collided do not collide again in step. Only the whole
 * transaction is ever repeated, never a part of it: the work must begin and end its own transaction
 * (none open around it, or REQUIRES_NEW), and have no effect outside the database.
 */
@Singleton
public class TransactionRetry {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);

    /** The attempt running on this thread, so that {@link #work} can say when the work has returned. */
    private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

    private final int attempts;
    private final long firstPauseMs;
    private final long maxPauseMs;

    TransactionRetry(@Value("${jixiao.db-retry.attempts:8}") int attempts,
                     @Value("${jixiao.db-retry.first-pause-ms:20}") long firstPauseMs,
                     @Value("${jixiao.db-retry.max-pause-ms:1000}") long maxPauseMs) {
        this.attempts = Math.max(1, attempts);
        this.firstPauseMs = Math.max(1, firstPauseMs);
        this.maxPauseMs = Math.max(this.firstPauseMs, maxPauseMs);
    }

    /**
     * @param readOnly whether the transaction only reads: then a connection lost during its
     *                 commit is harmless and it is run again as well
     * @throws DatabaseUnavailableException when the database stayed unavailable or busy through
     *                                      every attempt, or a writing commit's outcome is unknown
     */
    public <T> T call(boolean readOnly, Supplier<T> transaction) {
        Attempt enclosing = CURRENT.get();
        try {
            return attempts(readOnly, transaction);
        } finally {
            if (enclosing == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(enclosing);
            }
        }
    }

    /**
     * Runs the work inside the transaction and notes that it returned: a failure after that came
     * from the commit, whose outcome a broken connection leaves unknown.
     */
    public <T> T work(Supplier<T> work) {
        Attempt attempt = CURRENT.get();
        if (attempt == null) {
            return work.get();
        }
        attempt.depth++;
        try {
            T result = work.get();
            if (attempt.depth == 1) {
                attempt.workDone = true;
            }
            return result;
        } finally {
            attempt.depth--;
        }
    }

    private <T> T attempts(boolean readOnly, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            Attempt current = new Attempt();
            CURRENT.set(current);
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                TransientFailures.Kind kind = TransientFailures.of(e, current.workDone);
                if (kind == TransientFailures.Kind.PERMANENT) {
                    throw e;
                }
                if (kind == TransientFailures.Kind.COMMIT_UNKNOWN && !readOnly) {
                    LOG.warn("The connection broke during a commit; its outcome is unknown and it is not repeated", e);
                    throw new DatabaseUnavailableException(Messages.text("error.database.commitUnknown"), e);
                }
                if (attempt >= attempts) {
                    LOG.warn("A transaction failed {} times on a passing database failure; giving up", attempt, e);
                    throw new DatabaseUnavailableException(Messages.text(kind == TransientFailures.Kind.CONFLICT
                            ? "error.database.busy" : "error.database.unavailable"), e);
                }
                LOG.info("Transaction attempt {} failed ({}: {}); running it again", attempt, kind, rootMessage(e));
                pause(attempt, e);
            }
        }
    }

    private void pause(int attempt, RuntimeException failure) {
        long ceiling = Math.min(maxPauseMs, firstPauseMs << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static final class Attempt {
        /** How deep in joined {@code @Transactional} calls the work is. */
        int depth;
        boolean workDone;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
