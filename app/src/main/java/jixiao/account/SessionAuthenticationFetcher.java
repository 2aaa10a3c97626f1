package jixiao.account;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Authenticates a request by its session cookie, looked up in MariaDB. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final SessionStore sessions;
    private final AccountService accounts;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(SessionStore sessions, AccountService accounts,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.blocking = executor;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = request.getCookies().findCookie(SessionCookies.NAME)
                .map(Cookie::getValue)
                .filter(v -> !v.isBlank());
        if (token.isEmpty()) {
            return Publishers.empty();
        }
        Optional<Authentication> authentication = sessions.touch(token.get())
                .flatMap(accounts::principal)
                .map(Principal::toAuthentication);
        return authentication.map(Publishers::just).orElseGet(Publishers::empty);
    }
}
