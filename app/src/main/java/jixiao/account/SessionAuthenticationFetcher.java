package jixiao.account;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Optional;

/** Authenticates a request by its session cookie, looked up in MariaDB. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final SessionStore sessions;

    SessionAuthenticationFetcher(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = request.getCookies().findCookie(SessionCookies.NAME)
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank());
        if (token.isEmpty()) {
            return Publishers.empty();
        }
        // One statement (the session by its primary key, joined with its account); the last-seen time is written
        // at most once a minute.
        Optional<Authentication> authentication = sessions.touch(token.get()).map(Principal::toAuthentication);
        return authentication.map(Publishers::just).orElseGet(Publishers::empty);
    }
}
