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
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.common.Messages;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.time.format.DateTimeFormatter;
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
    private final HttpClientAddressResolver addresses;
    private final CsrfGuard csrf;

    LoginController(AccountService accounts, SessionStore sessions, SessionCookies cookies, HttpClientAddressResolver addresses,
                    CsrfGuard csrf) {
        this.csrf = csrf;
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
        AccountService.LoginResult result = accounts.login(username, form.one("password"));
        String next = safeNext(form.one("next"));
        if (result.outcome() == AccountService.Outcome.OK) {
            String token = sessions.open(result.principal().userId(), addresses.resolve(request));
            return Redirects.seeOther(next)
                    .cookie(cookies.issue(request, token));
        }
        String error = switch (result.outcome()) {
            case LOCKED -> Messages.text("login.locked", result.lockedUntil().format(DateTimeFormatter.ofPattern("HH:mm")));
            case DISABLED -> Messages.text("login.disabled");
            default -> Messages.text("login.failed");
        };
        return HttpResponse.ok(new ModelAndView<>("login", new LoginView(page, next, username, error)));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        request.getCookies().findCookie(SessionCookies.NAME).map(Cookie::getValue).ifPresent(sessions::close);
        return Redirects.seeOther("/login")
                .cookie(cookies.clear(request));
    }

    /** Only local paths: a login link must not send people to another site. */
    private static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }
}
