package jixiao.database;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Reads that need no transaction: a single statement, or statements that need not see one snapshot, on every
 * request (the session and account behind a cookie, the bell's count, the dashboard's checks of what changed).
 * A read-only transaction costs three more round trips than its statements (autocommit off, COMMIT, autocommit on:
 * twelve of the finance dashboard's twenty-one statements, issue 15); here the statements run in autocommit on one
 * pooled connection. Like a transaction, the whole read is run again on a passing database failure (a lost
 * connection while a Galera node leaves), and inside a transaction it simply joins it.
 */
@Singleton
public class ShortReads {

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final TransactionRetry retry;

    ShortReads(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions,
               TransactionRetry retry) {
        this.connections = connections;
        this.transactions = transactions;
        this.retry = retry;
    }

    public <T> T read(Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent() || connections.findConnectionStatus().isPresent()) {
            return work.get();
        }
        return retry.call(true, () -> connections.execute(ConnectionDefinition.DEFAULT, status -> work.get()));
    }
}
