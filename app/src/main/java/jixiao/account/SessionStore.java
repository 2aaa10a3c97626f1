package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

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

    SessionStore(DSLContext db, SecuritySettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
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

    /** The user of a live session, refreshing its idle timer; empty when unknown or expired. */
    @Transactional
    Optional<Long> touch(String token) {
        LocalDateTime now = LocalDateTime.now(clock);
        var row = db.select(USER_SESSION.USER_ID, USER_SESSION.LAST_SEEN_AT)
                .from(USER_SESSION)
                .where(USER_SESSION.TOKEN_HASH.eq(hash(token)))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        LocalDateTime lastSeen = row.value2();
        if (lastSeen.isBefore(now.minus(settings.getSessionIdleTimeout()))) {
            close(token);
            return Optional.empty();
        }
        if (lastSeen.isBefore(now.minus(TOUCH_GRANULARITY))) {
            db.update(USER_SESSION).set(USER_SESSION.LAST_SEEN_AT, now)
                    .where(USER_SESSION.TOKEN_HASH.eq(hash(token))).execute();
        }
        return Optional.of(row.value1());
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
