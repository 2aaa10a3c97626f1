package jixiao.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.common.Messages;
import jixiao.web.ClientAddresses;
import jixiao.web.CsrfCookieFilter;
import jixiao.web.CsrfGuard;
import jixiao.web.CsrfTokens;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

@Controller
@Produces(MediaType.TEXT_HTML)
class LoginController {

    @Introspected
    record LoginView(PageContext page, String next, @Nullable String username, @Nullable String error) {
    }

    private final AccountService accounts;
    private final SessionStore sessions;
    private final SessionCookies cookies;
    private final ClientAddresses addresses;
    private final CsrfGuard csrf;
    private final CsrfTokens csrfTokens;
    private final CsrfCookieFilter csrfCookies;

    LoginController(AccountService accounts, SessionStore sessions, SessionCookies cookies, ClientAddresses addresses,
                    CsrfGuard csrf, CsrfTokens csrfTokens, CsrfCookieFilter csrfCookies) {
        this.csrf = csrf;
        this.csrfTokens = csrfTokens;
        this.csrfCookies = csrfCookies;
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
        this.addresses = addresses;
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("login")
    LoginView form(PageContext page, @Nullable @QueryValue String next) {
        return new LoginView(page, safeNext(next), null, null);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, PageContext page, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String username = form.one("username");
        String address = addresses.of(request);
        AccountService.LoginResult result = accounts.login(username, form.one("password"), address);
        String next = safeNext(form.one("next"));
        if (result.outcome() == AccountService.Outcome.OK) {
            String token = sessions.open(result.principal().userId(), address);
            String target = result.principal().mustChangePassword() ? PasswordController.formFor(next) : next;
            // a CSRF token for the new session: the one of the login page was made for no session
            return Redirects.seeOther(target)
                    .cookie(cookies.issue(request, token))
                    .cookie(csrfCookies.cookie(request, csrfTokens.issueFor(token)));
        }
        // one message for unknown, wrong, locked and throttled alike, without an unlock time
        String error = Messages.text(result.outcome() == AccountService.Outcome.DISABLED ? "login.disabled" : "login.failed");
        return HttpResponse.ok(new ModelAndView<>("login", new LoginView(page, next, username, error)));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        request.getCookies().findCookie(SessionCookies.NAME).map(Cookie::getValue).ifPresent(sessions::close);
        return Redirects.seeOther("/login")
                .cookie(cookies.clear(request))
                .cookie(csrfCookies.cookie(request, csrfTokens.issueFor(null)));
    }

    /**
     * Only a path on this site: a login link must not send people to another one. Browsers drop tabs and line
     * breaks from a URL and read a backslash as a slash, so {@code /%09/evil.example} would become
     * {@code //evil.example}: any control character, space or backslash makes the whole link unsafe.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "/";
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return next;
    }
}
