package jixiao.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/** The session cookie: HttpOnly, SameSite=Lax, Secure when served over HTTPS. */
@Singleton
class SessionCookies {

    static final String NAME = jixiao.web.CsrfTokens.SESSION_COOKIE;

    private final SecuritySettings settings;

    SessionCookies(SecuritySettings settings) {
        this.settings = settings;
    }

    Cookie issue(HttpRequest<?> request, String token) {
        return base(request, token);
    }

    Cookie clear(HttpRequest<?> request) {
        return base(request, "").maxAge(0);
    }

    private Cookie base(HttpRequest<?> request, String value) {
        boolean secure = settings.getSecureCookie() != null ? settings.getSecureCookie() : request.isSecure();
        return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }
}
