package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.database.Overload;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The database failures that mean "too busy, try again": no connection within the pool's timeout, a
 * statement stopped at max_statement_time. Answered 503 with a Chinese message; any other failure of
 * these kinds stays the usual 500.
 */
final class OverloadHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(OverloadHandlers.class);

    private OverloadHandlers() {
    }

    static MutableHttpResponse<?> respond(DomainErrors errors, HttpRequest<?> request, RuntimeException e) {
        String key = Overload.messageKey(e);
        if (key == null) {
            LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), e);
            return errors.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, Messages.text("error.http.500"), List.of(), null);
        }
        LOG.warn("Overloaded on {} {}: {}", request.getMethod(), request.getPath(), e.toString());
        return errors.respond(request, HttpStatus.SERVICE_UNAVAILABLE, Messages.text(key), List.of(), null);
    }

    @Singleton
    static class Jooq implements ExceptionHandler<DataAccessException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Jooq(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, DataAccessException e) {
            return respond(errors, request, e);
        }
    }

    @Singleton
    static class Connections implements ExceptionHandler<ConnectionException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Connections(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, ConnectionException e) {
            return respond(errors, request, e);
        }
    }

    @Singleton
    static class Transactions implements ExceptionHandler<TransactionException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Transactions(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, TransactionException e) {
            return respond(errors, request, e);
        }
    }
}
