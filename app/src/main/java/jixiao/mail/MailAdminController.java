package jixiao.mail;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import jixiao.web.PageContext;

/** The administrator's view of the mail outbox: is mail going out, and what failed. */
@Controller("/admin/mail")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
class MailAdminController {

    private static final int TROUBLES_SHOWN = 20;

    @Introspected
    record MailOutboxView(PageContext page, boolean configured, String server, String from, OutboxOverview outbox) {
    }

    private final MailOutbox outbox;
    private final SmtpSettings smtp;

    MailAdminController(MailOutbox outbox, SmtpSettings smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    @Get
    @View("mail/outbox")
    MailOutboxView show(PageContext page) {
        return new MailOutboxView(page, smtp.configured(), smtp.getHost() + ":" + smtp.getPort(), smtp.getFrom(),
                outbox.overview(TROUBLES_SHOWN));
    }
}
