package jixiao.database;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which failures are run again, on the exceptions MariaDB Connector/J and the pool throw. */
class TransientFailuresTest {

    @Test
    void deadlocksAndCertificationFailuresAreConflicts() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
        assertEquals(TransientFailures.Kind.CONFLICT, TransientFailures.of(new RuntimeException(deadlock), false));
        assertEquals(TransientFailures.Kind.CONFLICT, TransientFailures.of(
                new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047), true));
    }

    @Test
    void aBrokenConnectionIsRunAgainBeforeTheCommit_unknownDuringIt() {
        SQLException gone = new SQLNonTransientConnectionException("(conn=12) Connection reset", "08000");
        assertEquals(TransientFailures.Kind.CONNECTION, TransientFailures.of(new RuntimeException(gone), false));
        assertEquals(TransientFailures.Kind.COMMIT_UNKNOWN, TransientFailures.of(new RuntimeException(gone), true));
    }

    @Test
    void aPoolWithEveryConnectionBusyIsOverload_notRunAgain() {
        // every pooled connection in use for the pool's whole timeout: waiting again per attempt would multiply it
        SQLTransientConnectionException exhausted = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10000ms.");
        assertEquals(TransientFailures.Kind.PERMANENT, TransientFailures.of(new RuntimeException(exhausted), false));
        assertEquals("server.noConnection", Overload.messageKey(new RuntimeException(exhausted)));
        // the database unreachable: the pool's timeout carries the failed attempt, a connection failure to run again
        SQLTransientConnectionException unreachable = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10000ms.", "08000",
                new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)", "08000"));
        assertEquals(TransientFailures.Kind.CONNECTION, TransientFailures.of(new RuntimeException(unreachable), false));
    }

    @Test
    void aStatementStoppedForTakingTooLongIsNotRunAgain() {
        SQLException timeout = new SQLException("Query execution was interrupted (max_statement_time exceeded)",
                "70100", 1969);
        assertEquals(TransientFailures.Kind.PERMANENT, TransientFailures.of(new RuntimeException(timeout), false));
        assertEquals("server.tooSlow", Overload.messageKey(timeout));
    }
}
