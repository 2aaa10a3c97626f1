package jixiao.database;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Which database failures leave nothing behind, so that the whole transaction may simply be run
 * again. On a Galera cluster two nodes' concurrent writes are certified at commit and the loser
 * gets MariaDB's deadlock error; a node that dies or leaves the primary component breaks its
 * connections or refuses statements until it has rejoined.
 */
public final class TransientFailures {

    /** ER_LOCK_DEADLOCK: a deadlock victim, or a Galera certification failure; the transaction is rolled back. */
    static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT: the statement was rolled back, and the transaction is rolled back by the caller. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /** ER_UNKNOWN_COM_ERROR, what a Galera node says while it is not synced ("WSREP has not yet prepared node"). */
    static final int NODE_NOT_READY = 1047;
    /** ER_CONNECTION_KILLED, and the client's "server has gone away" / "lost connection". */
    private static final int CONNECTION_KILLED = 1927;
    private static final int SERVER_GONE = 2006;
    private static final int CONNECTION_LOST = 2013;

    private TransientFailures() {
    }

    /** What a failure means for running the transaction again. */
    public enum Kind {
        /** Not a passing database failure: answered as it is. */
        PERMANENT,
        /** Rolled back for certain (deadlock, certification failure, lock wait, a node not ready): run again. */
        CONFLICT,
        /** The connection broke while the transaction's work ran, before its commit: nothing was written, run again. */
        CONNECTION,
        /**
         * The connection broke while the commit was under way: the change may or may not be in the
         * database. A writing transaction is not run again (it could be applied twice); a read is.
         */
        COMMIT_UNKNOWN
    }

    /**
     * @param workDone whether the transaction's work had returned, so the failure came from the
     *                 commit or after it (the transaction manager's clean-up failing on the broken
     *                 connection hides which, so the caller must tell)
     */
    public static Kind of(Throwable failure, boolean workDone) {
        if (poolExhausted(failure)) {
            // every pooled connection is busy: running again would wait the pool's timeout once more per attempt and
            // add to the load; the overload is answered 503 at once instead (Overload, server.noConnection)
            return Kind.PERMANENT;
        }
        boolean connection = false;
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // the pool's and the transaction manager's words for a connection that broke
            if (c instanceof ConnectionException) {
                connection = true;
            }
            if (c instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == DEADLOCK || code == LOCK_WAIT_TIMEOUT || code == NODE_NOT_READY) {
                    return Kind.CONFLICT;
                }
                String state = sql.getSQLState();
                if (sql instanceof SQLNonTransientConnectionException || sql instanceof SQLTransientConnectionException
                        || (state != null && state.startsWith("08"))
                        || code == CONNECTION_KILLED || code == SERVER_GONE || code == CONNECTION_LOST) {
                    connection = true;
                }
            }
        }
        if (!connection) {
            return Kind.PERMANENT;
        }
        return workDone ? Kind.COMMIT_UNKNOWN : Kind.CONNECTION;
    }

    /**
     * The pool's "connection is not available, request timed out": a {@link SQLTransientConnectionException} with
     * no cause. When the database itself cannot be reached the pool gives the failed attempt as its cause, and that
     * is a connection failure like any other.
     */
    static boolean poolExhausted(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException && c.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
