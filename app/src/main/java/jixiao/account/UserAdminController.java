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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.access.Role;
import jixiao.common.InvalidInputException;
import jixiao.common.Problem;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The administrator's pages for accounts. */
@Controller("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
class UserAdminController {

    @Introspected
    record UserListView(PageContext page, List<UserView> users) {
    }

    @Introspected
    record UserFormView(PageContext page, @Nullable Long id, boolean creating, UserForm form, List<String> boundCodes,
                        List<UnitView> units, List<Role> roles, List<Problem> problems) {
    }

    private final UserAdministration administration;
    private final UnitService units;
    private final CsrfGuard csrf;

    UserAdminController(UserAdministration administration, UnitService units, CsrfGuard csrf) {
        this.csrf = csrf;
        this.administration = administration;
        this.units = units;
    }

    @Get
    @View("admin/users")
    UserListView list(PageContext page) {
        return new UserListView(page, administration.list());
    }

    @Get("/new")
    @View("admin/user-form")
    UserFormView newForm(PageContext page, Caller caller) {
        return formView(page, caller, null, new UserForm("", "", Role.BUREAU.name(), List.of(), "", true, ""), List.of());
    }

    @Get("/{id}")
    @View("admin/user-form")
    UserFormView editForm(PageContext page, Caller caller, long id) {
        UserView user = administration.get(id);
        return formView(page, caller, id, new UserForm(user.username(), "", user.role(), user.unitCodes(), user.displayName(), user.enabled(), user.email()), List.of());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        UserForm form = formOf(csrf.verified(request, body));
        try {
            administration.create(caller, form);
            return Redirects.seeOther("/admin/users", Notice.CREATED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("admin/user-form", formView(page, caller, null, form, e.problems())));
        }
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        UserForm form = formOf(csrf.verified(request, body));
        try {
            administration.update(caller, id, form);
            return Redirects.seeOther("/admin/users", Notice.SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("admin/user-form", formView(page, caller, id, form, e.problems())));
        }
    }

    @Post(value = "/{id}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlock(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        administration.unlock(caller, id);
        return Redirects.seeOther("/admin/users", Notice.UNLOCKED);
    }

    private UserFormView formView(PageContext page, Caller caller, Long id, UserForm form, List<Problem> problems) {
        List<String> bound = form.unitCodes() == null ? List.of() : form.unitCodes();
        return new UserFormView(page, id, id == null, form, bound, units.list(caller), Arrays.asList(Role.values()), problems);
    }

    private static UserForm formOf(FormData form) {
        return new UserForm(form.one("username"), form.one("password"), form.one("role"),
                form.all("unitCodes"), form.one("displayName"), form.checked("enabled"), form.one("email"));
    }
}
