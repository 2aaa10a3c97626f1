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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A person changes their own password: the page ({@code /account/password}) and {@code PUT /api/me/password}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class PasswordController {

    static final String FORM = "/account/password";

    @Introspected
    record PasswordView(PageContext page, String next, boolean required, boolean changed, List<Problem> problems) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    private final UserAdministration administration;
    private final CsrfGuard csrf;

    PasswordController(UserAdministration administration, CsrfGuard csrf) {
        this.administration = administration;
        this.csrf = csrf;
    }

    /** Where a person whose password an administrator set is sent before {@code next}. */
    static String formFor(String next) {
        return "/".equals(next) ? FORM : FORM + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    @Get(FORM)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<PasswordView> form(PageContext page, Authentication authentication, @Nullable @QueryValue String next) {
        return new ModelAndView<>("account/password", new PasswordView(page, LoginController.safeNext(next),
                mustChange(authentication), false, List.of()));
    }

    @Post(value = FORM, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, PageContext page, Caller caller, Authentication authentication,
                           @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String next = LoginController.safeNext(form.one("next"));
        try {
            administration.changeOwnPassword(caller, form.one("currentPassword"), form.one("newPassword"),
                    sessionToken(request));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("account/password",
                    new PasswordView(page, next, mustChange(authentication), false, e.problems())));
        }
        return mustChange(authentication) ? Redirects.seeOther(next)
                : HttpResponse.ok(new ModelAndView<>("account/password", new PasswordView(page, next, false, true, List.of())));
    }

    @Put("/api/me/password")
    HttpResponse<?> changeByApi(HttpRequest<?> request, Caller caller, @Body PasswordChange change) {
        administration.changeOwnPassword(caller, change.currentPassword(), change.newPassword(), sessionToken(request));
        return HttpResponse.noContent();
    }

    private static String sessionToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SessionCookies.NAME).map(Cookie::getValue).orElse(null);
    }

    static boolean mustChange(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(Principal.MUST_CHANGE_PASSWORD));
    }
}
