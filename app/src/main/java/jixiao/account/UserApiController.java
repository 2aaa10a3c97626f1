package jixiao.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import jixiao.access.Caller;

import java.util.List;

@Controller("/api/users")
@Secured("ADMIN")
class UserApiController {

    private final UserAdministration administration;

    UserApiController(UserAdministration administration) {
        this.administration = administration;
    }

    @Get
    List<UserView> list() {
        return administration.list();
    }

    @Get("/{id}")
    UserView get(long id) {
        return administration.get(id);
    }

    @Post
    HttpResponse<UserView> create(Caller caller, @Body UserForm form) {
        return HttpResponse.created(administration.create(caller, form));
    }

    @Post("/{id}/unlock")
    HttpResponse<?> unlock(Caller caller, long id) {
        administration.unlock(caller, id);
        return HttpResponse.noContent();
    }

    @Put("/{id}")
    UserView update(Caller caller, long id, @Body UserForm form) {
        return administration.update(caller, id, form);
    }
}
