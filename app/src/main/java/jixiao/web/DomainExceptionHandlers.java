package jixiao.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;

import java.util.List;

/** The HTTP answer to each refusal the services raise. */
final class DomainExceptionHandlers {

    private DomainExceptionHandlers() {
    }

    @Singleton
    @Requires(classes = InvalidInputException.class)
    static class Invalid implements ExceptionHandler<InvalidInputException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Invalid(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, InvalidInputException e) {
            return errors.respond(request, HttpStatus.BAD_REQUEST, Messages.text("error.invalidInput"), e.problems(), null);
        }
    }

    @Singleton
    static class NotFound implements ExceptionHandler<NotFoundException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        NotFound(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, NotFoundException e) {
            return errors.respond(request, HttpStatus.NOT_FOUND, Messages.text("error.notFound"), List.of(), null);
        }
    }

    @Singleton
    static class Forbidden implements ExceptionHandler<ForbiddenException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Forbidden(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, ForbiddenException e) {
            return errors.respond(request, HttpStatus.FORBIDDEN, e.getMessage(), List.of(), null);
        }
    }

    @Singleton
    static class CsrfRejected implements ExceptionHandler<CsrfGuard.CsrfRejectedException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        CsrfRejected(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, CsrfGuard.CsrfRejectedException e) {
            return errors.respond(request, HttpStatus.FORBIDDEN, Messages.text("error.csrf"), List.of(), null);
        }
    }

    @Singleton
    static class Conflict implements ExceptionHandler<ConflictException, MutableHttpResponse<?>> {
        private final DomainErrors errors;

        Conflict(DomainErrors errors) {
            this.errors = errors;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, ConflictException e) {
            return errors.respond(request, HttpStatus.CONFLICT, e.getMessage(), List.of(), e.current());
        }
    }
}
