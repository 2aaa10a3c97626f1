package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.common.RefusedException;

import java.util.Map;

/**
 * Checks the CSRF token of a posted page form against the browser's CSRF cookie (double submit), its
 * signature and the login session it was made for ({@link CsrfTokens}), and the page it was posted from. Page controllers read every posted form
 * through {@link #verified}; SecurityMatrixTest posts to every page route without a token and
 * fails the build if one is accepted.
 *
 * <p>Why not micronaut-security-csrf's filter: reading form bodies in that filter intermittently
 * fails inside Micronaut's filter chain (NullPointerException on the filter context, Micronaut
 * core issue 11341), so the check happens after the body is bound.
 */
@Singleton
public class CsrfGuard {

    public static final String FIELD = "csrfToken";

    private final CsrfTokens tokens;
    private final CsrfConfiguration configuration;
    private final ClientAddresses addresses;

    CsrfGuard(CsrfTokens tokens, CsrfConfiguration configuration, ClientAddresses addresses) {
        this.tokens = tokens;
        this.configuration = configuration;
        this.addresses = addresses;
    }

    public FormData verified(HttpRequest<?> request, Map<String, Object> body) {
        FormData form = new FormData(body == null ? Map.of() : body);
        verify(request, form.one(FIELD));
        return form;
    }

    /** For multipart forms, whose token arrives as a part. */
    public void verify(HttpRequest<?> request, String token) {
        String cookie = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue).orElse(null);
        if (token == null || token.isBlank() || !token.equals(cookie) || !tokens.valid(request, token) || !sameOrigin(request)) {
            throw new CsrfRejectedException();
        }
    }

    /**
     * A second line behind the token: a browser names the page a form was posted from (Origin, else Referer), and
     * it must be this site. A post that names neither (some privacy settings strip both) is judged by the token
     * alone; an opaque origin ({@code null}, a sandboxed frame) is refused.
     */
    private boolean sameOrigin(HttpRequest<?> request) {
        java.util.List<String> hosts = addresses.requestedHosts(request);
        String origin = request.getHeaders().get("Origin");
        String source = origin != null ? origin : request.getHeaders().get("Referer");
        if (source == null) {
            return true;
        }
        try {
            String authority = new java.net.URI(source.strip()).getRawAuthority();
            return authority != null && hosts.stream().anyMatch(authority::equalsIgnoreCase);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A page form posted without this browser's CSRF token: refused with 403. */
    public static class CsrfRejectedException extends RefusedException {
        public CsrfRejectedException() {
            super(Messages.text("error.csrf"));
        }

        @Override
        public int status() {
            return 403;
        }
    }
}
