package jixiao.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Browsers ask for {@code /favicon.ico} whatever the page links (PDF viewers, the API docs, a bookmark); an
 * error there is a console error on every page, so it answers with the icon the pages link.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class FaviconController {

    // whatever the client accepts: the answer is only a redirect
    @Get(value = "/favicon.ico", produces = {"image/svg+xml", MediaType.TEXT_HTML, MediaType.ALL})
    HttpResponse<?> favicon() {
        return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/static/favicon.svg");
    }
}
