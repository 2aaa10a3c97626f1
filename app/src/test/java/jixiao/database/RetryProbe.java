package jixiao.database;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Transactions on a scratch table that a test can make fail at a chosen moment of a chosen attempt,
 * through the same {@code @Transactional} advice as the services.
 */
@Singleton
class RetryProbe {

    final AtomicInteger attempts = new AtomicInteger();
    private final DSLContext db;

    RetryProbe(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds one to two rows, the first before {@code between} runs and the second after it; the
     * hook gets the attempt number.
     */
    @Transactional
    void addToBoth(String table, int first, int second, IntConsumer between) {
        int attempt = attempts.incrementAndGet();
        db.execute("UPDATE " + table + " SET v = v + 1 WHERE id = ?", first);
        between.accept(attempt);
        db.execute("UPDATE " + table + " SET v = v + 1 WHERE id = ?", second);
    }

    /** The same, joining the caller's transaction. */
    @Transactional
    void outer(String table, Runnable inner) {
        attempts.incrementAndGet();
        db.execute("UPDATE " + table + " SET v = v + 10 WHERE id = 1");
        inner.run();
    }

    @Transactional
    void insert(String table, int id) {
        attempts.incrementAndGet();
        db.execute("INSERT INTO " + table + " (id, v) VALUES (?, 0)", id);
    }

    /** This transaction's connection, as MariaDB numbers it (for KILL). */
    long connectionId() {
        return ((Number) db.fetchValue("SELECT CONNECTION_ID()")).longValue();
    }
}
