package jixiao.unit;

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
import jixiao.common.InvalidInputException;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.util.List;
import java.util.Map;

/** The administrator's page for units: list, add, rename. */
@Controller("/admin/units")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
class UnitAdminController {

    @Introspected
    record UnitListView(PageContext page, List<UnitView> units, UnitForm form, @Nullable String editing, List<Problem> problems) {
    }

    private final UnitService units;
    private final CsrfGuard csrf;

    UnitAdminController(UnitService units, CsrfGuard csrf) {
        this.csrf = csrf;
        this.units = units;
    }

    @Get
    @View("admin/units")
    UnitListView list(PageContext page, Caller caller) {
        return new UnitListView(page, units.list(caller), new UnitForm("", "", ""), null, List.of());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData data = csrf.verified(request, body);
        UnitForm form = new UnitForm(data.one("code"), data.one("name"), data.one("departmentName"));
        try {
            units.create(caller, form);
            return Redirects.seeOther("/admin/units", Notice.CREATED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("admin/units",
                    new UnitListView(page, units.list(caller), form, null, e.problems())));
        }
    }

    @Post(value = "/{code}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, PageContext page, Caller caller, String code, @Body Map<String, Object> body) {
        FormData data = csrf.verified(request, body);
        UnitForm form = new UnitForm(code, data.one("name"), data.one("departmentName"));
        try {
            units.update(caller, code, form);
            return Redirects.seeOther("/admin/units", Notice.SAVED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("admin/units",
                    new UnitListView(page, units.list(caller), form, code, e.problems())));
        }
    }
}
