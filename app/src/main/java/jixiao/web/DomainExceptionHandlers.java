package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.common.RefusedException;

/** The HTTP answer to every refusal the services raise. */
@Singleton
class DomainExceptionHandlers implements ExceptionHandler<RefusedException, MutableHttpResponse<?>> {

    private final DomainErrors errors;

    DomainExceptionHandlers(DomainErrors errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, RefusedException e) {
        return errors.respond(request, HttpStatus.valueOf(e.status()), e.userMessage(), e.problems(), e.current());
    }
}
