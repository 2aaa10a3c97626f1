package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.database.RenderedOnce;
import jixiao.database.ShortReads;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.USER_SESSION;

/**
 * Login sessions in MariaDB, shared by every app instance. A session ends after the idle
 * timeout; its last-seen time is refreshed at most once a minute to keep writes rare.
 */
@Singleton
class SessionStore {

    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);
    private final DSLContext db;
    private final SecuritySettings settings;
    private final Clock clock;
    private final ShortReads reads;
    private final RenderedOnce sessionSql;

    SessionStore(DSLContext db, SecuritySettings settings, Clock clock, ShortReads reads) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
        this.reads = reads;
        List<Field<?>> fields = new ArrayList<>(AccountService.PRINCIPAL);
        fields.add(USER_SESSION.LAST_SEEN_AT);
        this.sessionSql = RenderedOnce.withText(db, hash -> db.select(fields)
                .from(USER_SESSION).join(APP_USER).on(APP_USER.ID.eq(USER_SESSION.USER_ID))
                .where(USER_SESSION.TOKEN_HASH.eq(hash)));
    }

    @Transactional
    String open(long userId, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        db.deleteFrom(USER_SESSION).where(USER_SESSION.LAST_SEEN_AT.lt(now.minus(settings.getSessionIdleTimeout()))).execute();
        String token = Secrets.newSecret();
        db.insertInto(USER_SESSION)
                .set(USER_SESSION.TOKEN_HASH, hash(token))
                .set(USER_SESSION.USER_ID, userId)
                .set(USER_SESSION.CREATED_AT, now)
                .set(USER_SESSION.LAST_SEEN_AT, now)
                .set(USER_SESSION.ADDRESS, address)
                .execute();
        return token;
    }

    /**
     * The person of a live session, refreshing its idle timer; empty when unknown, expired or the account disabled.
     * Asked on every request, so with the account in one statement and without a transaction ({@link ShortReads});
     * the rare refresh or removal is one more statement, whole in itself.
     */
    Optional<Principal> touch(String token) {
        String hash = hash(token);
        return reads.read(() -> {
            LocalDateTime now = LocalDateTime.now(clock);
            Record row = sessionSql.fetch(db, List.of(hash), r -> r).stream().findFirst().orElse(null);
            if (row == null) {
                return Optional.empty();
            }
            LocalDateTime lastSeen = row.get(USER_SESSION.LAST_SEEN_AT);
            if (lastSeen.isBefore(now.minus(settings.getSessionIdleTimeout()))) {
                db.deleteFrom(USER_SESSION).where(USER_SESSION.TOKEN_HASH.eq(hash)).execute();
                return Optional.empty();
            }
            if (lastSeen.isBefore(now.minus(TOUCH_GRANULARITY))) {
                db.update(USER_SESSION).set(USER_SESSION.LAST_SEEN_AT, now)
                        .where(USER_SESSION.TOKEN_HASH.eq(hash)).execute();
            }
            return AccountService.principalFrom(row);
        });
    }

    @Transactional
    void close(String token) {
        db.deleteFrom(USER_SESSION).where(USER_SESSION.TOKEN_HASH.eq(hash(token))).execute();
    }

    @Transactional
    void closeAllOf(long userId) {
        db.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(userId)).execute();
    }

    /** Ends every session of the account but the one with this token (null: all of them). */
    void closeAllOfExcept(long userId, String keptToken) {
        db.deleteFrom(USER_SESSION).where(USER_SESSION.USER_ID.eq(userId)
                .and(keptToken == null ? org.jooq.impl.DSL.trueCondition() : USER_SESSION.TOKEN_HASH.ne(hash(keptToken))))
                .execute();
    }

    private static String hash(String token) {
        return Secrets.hash(token);
    }
}
