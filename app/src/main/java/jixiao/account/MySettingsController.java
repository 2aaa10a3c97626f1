package jixiao.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.Notice;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.util.List;
import java.util.Map;

/** A person's own settings (我的设置): the page {@code /account/settings} and {@code GET/PUT /api/me}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class MySettingsController {

    static final String PAGE = "/account/settings";

    @Introspected
    record SettingsView(PageContext page, MySettings settings, List<Problem> problems) {
    }

    private final UserAdministration administration;
    private final CsrfGuard csrf;

    MySettingsController(UserAdministration administration, CsrfGuard csrf) {
        this.administration = administration;
        this.csrf = csrf;
    }

    @Get("/api/me")
    MySettings get(Caller caller) {
        return administration.ownSettings(caller);
    }

    @Put("/api/me")
    MySettings update(Caller caller, @Body MySettings settings) {
        return administration.changeOwnSettings(caller, settings);
    }

    @Get(PAGE)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<SettingsView> page(PageContext page, Caller caller) {
        return new ModelAndView<>("account/settings", new SettingsView(page, administration.ownSettings(caller), List.of()));
    }

    @Post(value = PAGE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        // unticked boxes are absent from a form: absent means off here
        MySettings input = new MySettings(form.one("displayName") == null ? "" : form.one("displayName"),
                form.one("email") == null ? "" : form.one("email"), form.checked("emailNotifications"), form.checked("emailDigest"));
        try {
            administration.changeOwnSettings(caller, input);
            return Redirects.seeOther(PAGE, Notice.SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("account/settings", new SettingsView(page, input, e.problems())));
        }
    }
}
