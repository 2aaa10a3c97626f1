package jixiao.database;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import jakarta.inject.Inject;
import jixiao.common.Messages;
import jixiao.testing.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole transactions are run again after a real deadlock or a killed connection on MariaDB (what a
 * Galera certification failure and a failing node look like to the application), never half-applied,
 * and nothing else is repeated.
 */
@MicronautTest(transactional = false)
class TransactionRetryTest {

    @Inject
    RetryProbe probe;
    @Inject
    Sql sql;

    private String table;

    @BeforeEach
    void scratchTable() {
        table = "retry_probe_" + System.nanoTime();
        sql.update("CREATE TABLE " + table + " (id INT PRIMARY KEY, v INT NOT NULL)");
        sql.update("INSERT INTO " + table + " (id, v) VALUES (1, 0), (2, 0)");
        probe.attempts.set(0);
    }

    @Test
    void theVictimOfARealDeadlockIsRunAgainWholeAndBothChangesLandOnce() throws Exception {
        // Each transaction locks one row, waits for the other to lock the other row, then asks for
        // it: InnoDB kills one with 1213, as Galera does with the loser of a certification.
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = two.submit(() -> probe.addToBoth(table, 1, 2, attempt -> awaitFirstTime(bothHoldOneRow, attempt)));
            Future<?> b = two.submit(() -> probe.addToBoth(table, 2, 1, attempt -> awaitFirstTime(bothHoldOneRow, attempt)));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertEquals(3, probe.attempts.get(), "two transactions, the deadlock's victim once more");
        assertEquals(2, sql.queryLong("SELECT v FROM " + table + " WHERE id = 1"), "each change once, none half-applied");
        assertEquals(2, sql.queryLong("SELECT v FROM " + table + " WHERE id = 2"));
    }

    @Test
    void aConnectionKilledMidTransactionIsRunAgainOnAFreshOne() {
        probe.addToBoth(table, 1, 2, attempt -> {
            if (attempt == 1) {
                sql.update("KILL " + probe.connectionId());
            }
        });
        assertEquals(2, probe.attempts.get());
        assertEquals(1, sql.queryLong("SELECT v FROM " + table + " WHERE id = 1"), "the first attempt's change was rolled back");
        assertEquals(1, sql.queryLong("SELECT v FROM " + table + " WHERE id = 2"));
    }

    @Test
    void aJoinedTransactionIsRepeatedByTheOutermostOnly() {
        AtomicInteger inner = new AtomicInteger();
        probe.outer(table, () -> probe.addToBoth(table, 2, 2, attempt -> {
            if (inner.incrementAndGet() == 1) {
                sql.update("KILL " + probe.connectionId());
            }
        }));
        assertEquals(4, probe.attempts.get(), "outer and inner, twice each: the inner one alone is not repeated");
        assertEquals(10, sql.queryLong("SELECT v FROM " + table + " WHERE id = 1"), "the outer change once");
        assertEquals(2, sql.queryLong("SELECT v FROM " + table + " WHERE id = 2"), "the inner change once");
    }

    @Test
    void aRefusalIsNotRepeated() {
        assertThrows(RuntimeException.class, () -> probe.insert(table, 1));
        assertEquals(1, probe.attempts.get(), "a duplicate key is no passing failure");
    }

    @Test
    void aWriteWhoseCommitWasCutIsAnswered503AndNotRepeatedButAReadIs() {
        TransactionRetry retry = new TransactionRetry(4, 1, 2);
        RuntimeException cutCommit = new TransactionSystemException("Could not commit JDBC transaction",
                new SQLNonTransientConnectionException("socket closed", "08000"));
        AtomicInteger writes = new AtomicInteger();
        DatabaseUnavailableException refused = assertThrows(DatabaseUnavailableException.class,
                () -> retry.call(false, () -> {
                    retry.work(writes::incrementAndGet);
                    throw cutCommit;
                }));
        assertEquals(1, writes.get());
        assertEquals(503, refused.status());
        assertEquals(Messages.text("error.database.commitUnknown"), refused.userMessage());

        AtomicInteger reads = new AtomicInteger();
        assertEquals("read", retry.call(true, () -> {
            if (retry.work(reads::incrementAndGet) == 1) {
                throw cutCommit;
            }
            return "read";
        }));
        assertEquals(2, reads.get());
    }

    @Test
    void conflictsThatOutlastTheAttemptsAreAnswered503() {
        TransactionRetry retry = new TransactionRetry(3, 1, 2);
        AtomicInteger tries = new AtomicInteger();
        DatabaseUnavailableException refused = assertThrows(DatabaseUnavailableException.class, () -> retry.call(false, () -> {
            tries.incrementAndGet();
            throw new IllegalStateException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        }));
        assertEquals(3, tries.get());
        assertTrue(refused.userMessage().contains(Messages.text("error.database.busy")));
    }

    private static void awaitFirstTime(CyclicBarrier barrier, int attempt) {
        if (attempt > 2) {
            return;
        }
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
