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
 * the same lockout as the login page. Runs on the blocking executor: bcrypt is slow on purpose. An operator can
 * switch it off ({@code jixiao.security.basic-auth: false}) once scripts use personal API tokens.
 */
@Singleton
class BasicCredentialsProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountService accounts;
    private final ClientAddresses addresses;
    private final SecuritySettings settings;

    BasicCredentialsProvider(AccountService accounts, ClientAddresses addresses, SecuritySettings settings) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.settings = settings;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        if (!settings.isBasicAuth()) {
            // switched off (jixiao.security.basic-auth): scripts use personal API tokens; nothing is counted
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
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
