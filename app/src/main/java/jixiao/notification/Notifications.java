package jixiao.notification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.MAIL_OUTBOX;
import static jixiao.db.Tables.NOTIFICATION;
import static jixiao.db.Tables.UNIT;
import static jixiao.db.Tables.USER_UNIT;

/**
 * Writes notifications, always inside the transaction of the change they tell of, so a change and its notice
 * commit or vanish together. Every write is one INSERT … SELECT over the recipients, ignoring rows whose
 * (user, event key) exists: an event noticed twice (a job fired again, two instances) notifies once.
 *
 * <p>When mail is configured ({@code jixiao.smtp.host}), the same transaction also writes a {@code mail_outbox}
 * row for each new notification whose recipient has an address and mail switched on; another job sends them.
 */
@Singleton
public class Notifications {

    /** The people of a unit who are told about it: its bureau clerks with an active account. */
    public static final Condition BUREAU_CLERK = APP_USER.ROLE.eq("BUREAU").and(APP_USER.ENABLED.isTrue());

    private final DSLContext db;
    private final Clock clock;
    private final String smtpHost;
    private final String baseUrl;

    Notifications(DSLContext db, Clock clock, @Value("${jixiao.smtp.host:}") String smtpHost,
                  @Value("${jixiao.base-url:}") String baseUrl) {
        this.db = db;
        this.clock = clock;
        this.smtpHost = smtpHost == null ? "" : smtpHost.strip();
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** Whether notifications are also mailed. */
    public boolean mailing() {
        return !smtpHost.isEmpty();
    }

    /**
     * Writes one notification per row of {@code rows}: user id, kind, event key, title, body (null for none),
     * href, unit code, project id, period code. Every event key must start with {@code keyPrefix}, which finds the
     * rows just written for the mail.
     *
     * @return how many notifications are new
     */
    public int write(String keyPrefix,
                     Select<? extends Record9<Long, String, String, String, String, String, String, Long, String>> rows) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Table<?> e = rows.asTable("e", "user_id", "kind", "event_key", "title", "body", "href", "unit_code", "project_id",
                "period_code");
        var n = NOTIFICATION;
        // IGNORE: an existing (user, event key) is the same event told before
        int written = db.insertInto(n, n.USER_ID, n.KIND, n.EVENT_KEY, n.TITLE, n.BODY, n.HREF, n.UNIT_CODE, n.PROJECT_ID,
                        n.PERIOD_CODE, n.CREATED_AT)
                .select(db.select(e.field("user_id", Long.class), e.field("kind", String.class),
                                e.field("event_key", String.class), DSL.left(e.field("title", String.class), 300),
                                e.field("body", String.class), e.field("href", String.class),
                                e.field("unit_code", String.class), e.field("project_id", Long.class),
                                e.field("period_code", String.class), DSL.val(now))
                        .from(e))
                .onDuplicateKeyIgnore()
                .execute();
        if (written > 0 && mailing()) {
            queueMail(keyPrefix, now);
        }
        return written;
    }

    /** One event of a unit, told to its bureau clerks. */
    public int toBureauOf(long unitId, NotificationKind kind, String eventKey, String title, String body, String href,
                          Long projectId, String periodCode) {
        return write(eventKey, db.select(APP_USER.ID, DSL.inline(kind.name()), DSL.val(eventKey), DSL.val(title),
                        DSL.val(body, String.class), DSL.val(href, String.class), UNIT.CODE, DSL.val(projectId, Long.class),
                        DSL.val(periodCode, String.class))
                .from(USER_UNIT).join(APP_USER).on(APP_USER.ID.eq(USER_UNIT.USER_ID))
                .join(UNIT).on(UNIT.ID.eq(USER_UNIT.UNIT_ID))
                .where(USER_UNIT.UNIT_ID.eq(unitId)).and(BUREAU_CLERK));
    }

    /**
     * The mail of the notifications just written (this transaction's timestamp and key prefix), found through the
     * (user_id, event_key) key for each person who wants mail.
     */
    private void queueMail(String keyPrefix, LocalDateTime now) {
        var n = NOTIFICATION;
        var u = APP_USER;
        var m = MAIL_OUTBOX;
        Field<String> link = baseUrl.isEmpty() ? n.HREF : DSL.concat(DSL.inline(baseUrl), n.HREF);
        Field<String> body = DSL.concat(n.TITLE, DSL.inline("\n\n"),
                DSL.when(n.BODY.isNull(), DSL.inline("")).otherwise(DSL.concat(n.BODY, DSL.inline("\n\n"))),
                DSL.when(n.HREF.isNull(), DSL.inline(""))
                        .otherwise(DSL.concat(DSL.inline(Messages.text("mail.link")), link)));
        db.insertInto(m, m.NOTIFICATION_ID, m.USER_ID, m.ADDRESS, m.SUBJECT, m.BODY, m.DIGEST, m.STATUS, m.ATTEMPTS,
                        m.NEXT_ATTEMPT_AT, m.CREATED_AT)
                .select(db.select(n.ID, u.ID, u.EMAIL, DSL.left(DSL.concat(DSL.inline(Messages.text("mail.subjectPrefix")), n.TITLE), 300),
                                body, u.EMAIL_DIGEST, DSL.inline("PENDING"), DSL.inline(0), DSL.val(now), DSL.val(now))
                        .from(u).join(n).on(n.USER_ID.eq(u.ID).and(n.EVENT_KEY.like(DSL.escape(keyPrefix, '!') + "%", '!')).and(n.CREATED_AT.eq(now)))
                        .where(u.EMAIL.isNotNull()).and(u.EMAIL.ne("")).and(u.EMAIL_NOTIFICATIONS.isTrue()).and(u.ENABLED.isTrue()))
                .onDuplicateKeyIgnore()
                .execute();
    }
}
