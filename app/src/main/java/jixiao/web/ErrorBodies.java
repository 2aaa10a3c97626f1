package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.http.util.HtmlSanitizer;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.common.Problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Bodies of the errors Micronaut itself raises (unknown route, unreadable JSON, a path value that
 * is not a number, an unexpected failure): Chinese, and never an exception's own text or trace.
 */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static String message(ErrorContext context, HttpResponse<?> response, HttpServerConfiguration server) {
        int status = response.code();
        return switch (status) {
            // Micronaut answers 413 from the Content-Length alone, before reading the upload.
            case 413 -> Messages.text("error.http.413", megabytes(server.getMaxRequestSize()));
            case 400, 401, 403, 404, 405, 409, 415 -> Messages.text("error.http." + status);
            default -> status >= 500 ? Messages.text("error.http.500") : Messages.text("error.http.other", status);
        };
    }

    private static String megabytes(long bytes) {
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static List<Problem> problems(ErrorContext context, HttpResponse<?> response) {
        if (response.code() != 400) {
            return List.of();
        }
        return context.getErrors().stream()
                .flatMap(e -> e.getPath().stream())
                .map(path -> new Problem(path, Messages.text("error.badValue", path)))
                .toList();
    }

    @Singleton
    @Replaces(JsonErrorResponseBodyProvider.class)
    static class Json implements JsonErrorResponseBodyProvider<ApiError> {
        private final HttpServerConfiguration server;

        Json(HttpServerConfiguration server) {
            this.server = server;
        }

        @Override
        public ApiError body(ErrorContext context, HttpResponse<?> response) {
            return new ApiError(message(context, response, server), problems(context, response), null);
        }
    }

    @Singleton
    @Replaces(HtmlErrorResponseBodyProvider.class)
    static class Html implements HtmlErrorResponseBodyProvider {
        private final HtmlSanitizer sanitizer;
        private final HttpServerConfiguration server;

        Html(HtmlSanitizer sanitizer, HttpServerConfiguration server) {
            this.sanitizer = sanitizer;
            this.server = server;
        }

        @Override
        public String body(ErrorContext context, HttpResponse<?> response) {
            String title = sanitizer.sanitize(message(context, response, server));
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"page\">"
                    + "<h1>" + response.code() + "</h1><p>" + title + "</p><p><a href=\"/\">"
                    + sanitizer.sanitize(Messages.text("nav.home")) + "</a></p></main></body></html>";
        }
    }
}
