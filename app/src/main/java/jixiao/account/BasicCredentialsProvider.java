package jixiao.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import jixiao.web.ClientAddresses;

/**
 * Username and password from HTTP Basic (scripts and other government systems), checked with
 * the same lockout as the login page. Runs on the blocking executor: bcrypt is slow on purpose.
 */
@Singleton
class BasicCredentialsProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountService accounts;
    private final ClientAddresses addresses;

    BasicCredentialsProvider(AccountService accounts, ClientAddresses addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        AccountService.LoginResult result = accounts.login(credentials.getIdentity(), credentials.getSecret(), addresses.of(request));
        return switch (result.outcome()) {
            case OK -> AuthenticationResponse.success(result.principal().username(),
                    result.principal().toAuthentication().getRoles(),
                    result.principal().toAuthentication().getAttributes());
            case DISABLED -> AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
            // locked, unknown and wrong look the same: the answer must not tell which usernames exist
            case REFUSED -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
