package jixiao.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

/** The caller's notifications: {@code GET /api/me/notifications?unread=true&before=&limit=}, marking read. */
@Controller("/api/me/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationApiController {

    private final NotificationInbox inbox;

    NotificationApiController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first, a page at a time: {@code before} is the {@code nextBefore} of the previous page. */
    @Get
    NotificationInbox.Page list(Caller caller, @Nullable @QueryValue Boolean unread, @Nullable @QueryValue Long before,
                                @Nullable @QueryValue Integer limit) {
        return inbox.list(caller, Boolean.TRUE.equals(unread), before, limit);
    }

    /** Marks one read; another person's notification answers 404. */
    @Post("/{id}/read")
    NotificationView markRead(Caller caller, long id) {
        return inbox.markRead(caller, id);
    }

    @Post("/read-all")
    HttpResponse<?> markAllRead(Caller caller) {
        inbox.markAllRead(caller);
        return HttpResponse.noContent();
    }
}
