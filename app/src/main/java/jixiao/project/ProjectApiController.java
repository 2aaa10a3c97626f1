package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

import java.util.List;

@Controller("/api/projects")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProjectApiController {

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    @Get
    List<ProjectSummary> list(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                              @Nullable @QueryValue Boolean toCheck) {
        return projects.list(caller, year, unitCode, Boolean.TRUE.equals(toCheck));
    }

    /** A person checked the guessed field against the published table; answers the project. */
    @Post("/{id}/guesses/{field}/confirm")
    ProjectDetails confirmGuess(Caller caller, long id, String field) {
        return projects.confirmGuess(caller, id, GuessedField.parse(field));
    }

    @Post("/{id}/guesses/confirm-all")
    ProjectDetails confirmAll(Caller caller, long id) {
        return projects.confirmAll(caller, id);
    }

    /** A person checked how the indicator's target value was read. */
    @Post("/{id}/indicators/{indicatorId}/confirm-target")
    ProjectDetails confirmTarget(Caller caller, long id, long indicatorId) {
        return projects.confirmTarget(caller, id, indicatorId);
    }

    @Get("/{id}")
    ProjectDetails get(Caller caller, long id) {
        return projects.get(caller, id);
    }

    @Post
    HttpResponse<ProjectDetails> create(Caller caller, @Body ProjectInput input) {
        return HttpResponse.created(projects.create(caller, input));
    }

    @Put("/{id}")
    ProjectDetails update(Caller caller, long id, @Body ProjectInput input) {
        return projects.update(caller, id, input);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(Caller caller, long id) {
        projects.delete(caller, id);
        return HttpResponse.noContent();
    }
}
