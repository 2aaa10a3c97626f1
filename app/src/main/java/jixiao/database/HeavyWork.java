package jixiao.database;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.common.RefusedException;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bulkhead for heavy reads: at most {@code jixiao.heavy-work.concurrent} run at once per
 * instance, the next ones wait a few seconds for a turn and are then answered 503 with a message
 * instead of queueing for pooled connections (where every page would wait behind them, and the 31st
 * second of the wait would be a 500). Each runs in one read-only transaction whose statements
 * MariaDB stops after {@code statement-timeout} (max_statement_time), also answered 503.
 */
@Singleton
public class HeavyWork {

    private final Semaphore turns;
    private final HeavyWorkSettings settings;
    private final DSLContext db;
    private final TransactionOperations<Connection> tx;

    HeavyWork(HeavyWorkSettings settings, DSLContext db, TransactionOperations<Connection> tx) {
        this.settings = settings;
        this.db = db;
        this.tx = tx;
        this.turns = new Semaphore(Math.max(1, settings.getConcurrent()), true);
    }

    /** Runs {@code work} in its turn, in a read-only transaction with its statements' time bounded. */
    public <T> T read(Supplier<T> work) {
        try (Turn ignored = turn()) {
            return tx.executeRead(status -> bounded(work));
        }
    }

    /**
     * A turn without a transaction, for work that opens its own (a download streamed after the
     * request returns); close it when done.
     */
    public Turn turn() {
        try {
            if (!turns.tryAcquire(settings.getWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return turns::release;
    }

    /** Turns free now (for tests and the benchmark). */
    public int available() {
        return turns.availablePermits();
    }

    private <T> T bounded(Supplier<T> work) {
        long millis = settings.getStatementTimeout().toMillis();
        if (millis <= 0) {
            return work.get();
        }
        // per session: the connection goes back to the pool afterwards, so the limit is lifted again
        db.execute("SET SESSION max_statement_time = " + (millis / 1000.0));
        try {
            return work.get();
        } finally {
            db.execute("SET SESSION max_statement_time = DEFAULT");
        }
    }

    /** A held turn; closing it lets the next one in. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** 503: the heavy reads' turns are taken; the person may try again shortly. */
    public static final class Busy extends RefusedException {
        Busy() {
            super(Messages.text("server.busy"));
        }

        @Override
        public int status() {
            return 503;
        }
    }
}
