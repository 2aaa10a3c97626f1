package jixiao.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.NotFoundException;
import jixiao.web.UnreadNotifications;
import org.jooq.Condition;
import jixiao.database.RenderedOnce;
import jixiao.database.ShortReads;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import static jixiao.db.Tables.NOTIFICATION;

/**
 * A person's notifications: the bell's count, the list newest first, marking read. Everything is by the caller's
 * own user id, so another person's notification is not found (404), never shown.
 */
@Singleton
public class NotificationInbox implements UnreadNotifications {

    /** A page of the list; {@code nextBefore} asks for the next (older) page, null at the end. */
    @Serdeable
    public record Page(int unreadCount, List<NotificationView> items, @Nullable Long nextBefore) {
    }

    private final DSLContext db;
    private final NotificationSettings settings;
    private final Clock clock;

    private final ShortReads reads;
    private final RenderedOnce countSql;

    NotificationInbox(DSLContext db, NotificationSettings settings, Clock clock, ShortReads reads) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
        this.reads = reads;
        var n = NOTIFICATION;
        // SQL_CACHE: answered from MariaDB's query cache until a notification is written (README, "An external
        // MariaDB"); asked on every page
        this.countSql = new RenderedOnce(db, 1, id -> db.selectCount().hint("SQL_CACHE").from(db.select(n.ID).from(n)
                .where(n.USER_ID.eq(id.get(0))).and(n.READ_AT.isNull()).limit(MAX_COUNTED)));
    }

    /**
     * Reads at most {@link #MAX_COUNTED} index entries (user_id, read_at, id): cheap on every page, one statement
     * without a transaction.
     */
    @Override
    public int count(long userId) {
        return reads.read(() -> countSql.fetch(db, List.of(userId), r -> r.get(0, Integer.class)).get(0));
    }

    /**
     * Newest first.
     *
     * @param before only notifications older than this id (the next page); null for the newest
     * @param limit  at most this many, capped by {@code jixiao.notifications.page-size}; null for that
     */
    @Transactional(readOnly = true)
    public Page list(Caller caller, boolean unreadOnly, Long before, Integer limit) {
        var n = NOTIFICATION;
        int size = limit == null || limit < 1 ? settings.getPageSize() : Math.min(limit, settings.getPageSize());
        Condition where = n.USER_ID.eq(caller.userId());
        if (unreadOnly) {
            where = where.and(n.READ_AT.isNull());
        }
        if (before != null) {
            where = where.and(n.ID.lt(before));
        }
        List<NotificationView> items = db.selectFrom(n).where(where).orderBy(n.ID.desc()).limit(size + 1)
                .fetch(r -> new NotificationView(r.getId(), r.getKind(), r.getTitle(), r.getBody(), r.getHref(),
                        r.getUnitCode(), r.getProjectId(), r.getPeriodCode(), r.getCreatedAt(), r.getReadAt()));
        boolean more = items.size() > size;
        List<NotificationView> page = more ? items.subList(0, size) : items;
        return new Page(count(caller.userId()), List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
    }

    /** Marks one of the caller's notifications read; returns it. Another person's: not found. */
    @Transactional
    public NotificationView markRead(Caller caller, long id) {
        var n = NOTIFICATION;
        db.update(n).set(n.READ_AT, LocalDateTime.now(clock)).where(n.ID.eq(id)).and(n.USER_ID.eq(caller.userId()))
                .and(n.READ_AT.isNull()).execute();
        return db.selectFrom(n).where(n.ID.eq(id)).and(n.USER_ID.eq(caller.userId()))
                .fetchOptional(r -> new NotificationView(r.getId(), r.getKind(), r.getTitle(), r.getBody(), r.getHref(),
                        r.getUnitCode(), r.getProjectId(), r.getPeriodCode(), r.getCreatedAt(), r.getReadAt()))
                .orElseThrow(() -> new NotFoundException("notification " + id));
    }

    /** Marks all of the caller's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Caller caller) {
        var n = NOTIFICATION;
        return db.update(n).set(n.READ_AT, LocalDateTime.now(clock)).where(n.USER_ID.eq(caller.userId()))
                .and(n.READ_AT.isNull()).execute();
    }

}
