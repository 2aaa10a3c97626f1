package jixiao.todo;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.web.PageContext;

/** The home page (待办事项) and {@code GET /api/me/todo}: the same list. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class TodoController {

    @Introspected
    record TodoView(PageContext page, TodoList todo) {
    }

    private final TodoService todo;

    TodoController(TodoService todo) {
        this.todo = todo;
    }

    @Get("/")
    @Produces(MediaType.TEXT_HTML)
    @View("todo/list")
    TodoView home(PageContext page, Caller caller) {
        return new TodoView(page, todo.of(caller));
    }

    /** {@code {"items":[{"kind","title","unitCode","projectId","period","due","href",…}]}}, most urgent first. */
    @Get("/api/me/todo")
    @Produces(MediaType.APPLICATION_JSON)
    TodoList api(Caller caller) {
        return todo.of(caller);
    }
}
