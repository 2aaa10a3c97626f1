package jixiao.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being too busy rather than a fault: no pooled connection came
 * within the pool's connection-timeout, or MariaDB stopped a statement at max_statement_time.
 * Those are answered 503 with a message (try again shortly), not 500.
 */
public final class Overload {

    /** MariaDB's ER_STATEMENT_TIMEOUT: "Query execution was interrupted (max_statement_time exceeded)". */
    private static final int STATEMENT_TIMEOUT = 1969;

    private Overload() {
    }

    /** The message key for the person, or null when {@code e} is no overload. */
    public static String messageKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return "server.noConnection";
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == STATEMENT_TIMEOUT) {
                return "server.tooSlow";
            }
        }
        return null;
    }
}
