package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.common.Problem;

import java.util.List;

/** Turns refused requests into a JSON {@link ApiError} for the API, or the error page. */
@Singleton
public class DomainErrors {

    private final PageContexts pages;
    private final ViewsRenderer<Object, HttpRequest<?>> views;

    DomainErrors(PageContexts pages, ViewsRenderer<Object, HttpRequest<?>> views) {
        this.pages = pages;
        this.views = views;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String message,
                                          List<Problem> problems, Object current) {
        if (Requests.isApi(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiError(message, problems, current));
        }
        String detail = problems.isEmpty() ? message
                : String.join("；", problems.stream().map(Problem::message).toList());
        // Rendered here: responses of exception handlers do not pass through the views filter.
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .body(views.render("error", new ErrorView(pages.of(request), status.getCode(),
                        Messages.text("error.title." + status.getCode()), detail), request));
    }
}
