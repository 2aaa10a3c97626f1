package jixiao.account;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Optional;

/**
 * Authenticates a request by {@code Authorization: Bearer <personal API token>}: the token's owner, as a session
 * would make them, if the owner is still enabled. The token's name goes with the request into the audit trail.
 * An unknown, revoked or expired token is no authentication at all, so the API answers 401.
 */
@Singleton
class TokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AccountService accounts;

    TokenAuthenticationFetcher(ApiTokens tokens, AccountService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).strip())
                .filter(t -> !t.isEmpty());
        if (token.isEmpty()) {
            return Publishers.empty();
        }
        Optional<Authentication> authentication = tokens.use(token.get())
                .flatMap(use -> accounts.principal(use.userId()).map(p -> p.toAuthentication(ApiTokens.via(use.name()))));
        return authentication.map(Publishers::just).orElseGet(Publishers::empty);
    }
}
