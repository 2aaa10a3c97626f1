package jixiao.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.CsrfConfiguration;

/**
 * Gives every browser a CSRF token in a cookie (the double-submit pattern {@link CsrfGuard}
 * checks on form posts); pages put the same token in a hidden field.
 * The JSON API is left out: its session cookie is SameSite=Lax, so other sites cannot make a
 * browser send it with a cross-site POST, and scripts use HTTP Basic.
 */
@ServerFilter("/**")
public class CsrfCookieFilter {

    private static final String ATTRIBUTE = "jixiao.csrf.new";

    private final CsrfTokens tokens;
    private final CsrfConfiguration configuration;

    CsrfCookieFilter(CsrfTokens tokens, CsrfConfiguration configuration) {
        this.tokens = tokens;
        this.configuration = configuration;
    }

    @RequestFilter
    void issueTokenWhenMissing(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET && !Requests.isApi(request)
                && !request.getPath().startsWith("/static/") && !tokens.valid(request, existing(request))) {
            // none yet, or one made for another session (before a login, after a logout or a timeout)
            request.setAttribute(ATTRIBUTE, tokens.issue(request));
        }
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(token -> response.cookie(cookie(request, token)));
    }

    /** The CSRF cookie carrying this token. */
    public Cookie cookie(HttpRequest<?> request, String token) {
        return Cookie.of(configuration.getCookieName(), token).path("/").httpOnly(true)
                .sameSite(SameSite.Lax).secure(request.isSecure());
    }

    /** The token a page must embed: the browser's, or the one this response is about to set. */
    public String tokenOf(HttpRequest<?> request) {
        String fresh = request.getAttribute(ATTRIBUTE, String.class).orElse(null);
        return fresh != null ? fresh : existing(request);
    }

    private String existing(HttpRequest<?> request) {
        return request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(v -> !v.isBlank()).orElse(null);
    }
}
