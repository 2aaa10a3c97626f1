package jixiao.database;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Every {@code @Transactional} method that starts a transaction (none is open on the thread) is run
 * again as a whole when it fails for a passing database reason: around Micronaut's transaction
 * interceptor, so each attempt is a fresh transaction on a fresh connection. A method joining an
 * outer transaction is left alone; the outermost one repeats everything. The services' transactions
 * write only to the database (mail goes through the outbox, notices are rows), which is what makes
 * repeating them safe.
 */
@Singleton
@InterceptorBean(Transactional.class)
class RetryingTransactions implements MethodInterceptor<Object, Object> {

    private final TransactionRetry retry;
    private final TransactionOperations<Connection> transactions;

    RetryingTransactions(TransactionRetry retry, TransactionOperations<Connection> transactions) {
        this.retry = retry;
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 10;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        boolean readOnly = context.booleanValue(Transactional.class, "readOnly").orElse(false);
        return retry.call(readOnly, () -> context.proceed(this));
    }

    /** Inside the transaction: tells the retry when the method's work has returned, before the commit. */
    @Singleton
    @InterceptorBean(Transactional.class)
    static class WorkDone implements MethodInterceptor<Object, Object> {

        private final TransactionRetry retry;

        WorkDone(TransactionRetry retry) {
            this.retry = retry;
        }

        @Override
        public int getOrder() {
            return InterceptPhase.TRANSACTION.getPosition() + 10;
        }

        @Override
        public Object intercept(MethodInvocationContext<Object, Object> context) {
            return retry.work(() -> context.proceed(this));
        }
    }
}
