package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.account.SecuritySettings;
import jixiao.common.Messages;

import java.util.List;

/**
 * Anonymous API calls get 401 and forbidden ones 403, both as JSON; anonymous page visits go to
 * the login page; a logged-in user refused on a page sees the 403 page.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final DomainErrors errors;
    private final SecuritySettings settings;

    AccessDeniedHandler(DomainErrors errors, SecuritySettings settings) {
        this.errors = errors;
        this.settings = settings;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        boolean loggedIn = request.getUserPrincipal(Authentication.class).isPresent();
        if (Requests.isApi(request)) {
            if (e.isForbidden() || loggedIn) {
                return errors.respond(request, HttpStatus.FORBIDDEN, Messages.text("error.forbidden"), List.of(), null);
            }
            return errors.respond(request, HttpStatus.UNAUTHORIZED, Messages.text("error.unauthorized"), List.of(), null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, settings.isBasicAuth()
                            ? "Basic realm=\"jixiao\", charset=\"UTF-8\"" : "Bearer realm=\"jixiao\"");
        }
        if (e.isForbidden() || loggedIn) {
            return errors.respond(request, HttpStatus.FORBIDDEN, Messages.text("error.forbidden"), List.of(), null);
        }
        String next = request.getMethod().name().equals("GET") ? request.getUri().toString() : "/";
        return Redirects.seeOther(UriBuilder.of("/login").queryParam("next", next).toString());
    }
}
