package jixiao.unit;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

import java.util.List;

@Controller("/api/units")
class UnitApiController {

    private final UnitService units;

    UnitApiController(UnitService units) {
        this.units = units;
    }

    /** The units the caller may see. */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<UnitView> list(Caller caller) {
        return units.list(caller);
    }

    @Get("/{code}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UnitView get(Caller caller, String code) {
        return units.require(caller, code);
    }

    @Post
    @Secured("ADMIN")
    HttpResponse<UnitView> create(Caller caller, @Body UnitForm form) {
        return HttpResponse.created(units.create(caller, form));
    }

    @Put("/{code}")
    @Secured("ADMIN")
    UnitView update(Caller caller, String code, @Body UnitForm form) {
        return units.update(caller, code, form);
    }
}
