package jixiao.notification;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.web.CsrfGuard;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.util.Map;

/** The list of one's notifications (未读 / 全部): open one (marks it read), mark all read. */
@Controller("/notifications")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationPageController {

    @Introspected
    record ListView(PageContext page, NotificationInbox.Page list, boolean all, @Nullable Long before) {
    }

    private final NotificationInbox inbox;
    private final CsrfGuard csrf;

    NotificationPageController(NotificationInbox inbox, CsrfGuard csrf) {
        this.inbox = inbox;
        this.csrf = csrf;
    }

    @Get
    @View("notification/list")
    ListView list(PageContext page, Caller caller, @Nullable @QueryValue Boolean all, @Nullable @QueryValue Long before) {
        boolean everything = Boolean.TRUE.equals(all);
        return new ListView(page, inbox.list(caller, !everything, before, null), everything, before);
    }

    /** Marks it read and goes where it points (the form it is about), or back to the list. */
    @Post(value = "/{id}/open", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        NotificationView read = inbox.markRead(caller, id);
        return Redirects.seeOther(read.href() != null && read.href().startsWith("/") ? read.href() : "/notifications");
    }

    @Post(value = "/{id}/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markRead(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        inbox.markRead(caller, id);
        return Redirects.seeOther("/notifications");
    }

    @Post(value = "/read-all", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markAllRead(HttpRequest<?> request, Caller caller, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        inbox.markAllRead(caller);
        return Redirects.seeOther("/notifications");
    }
}
