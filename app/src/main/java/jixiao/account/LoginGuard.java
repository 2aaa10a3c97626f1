package jixiao.account;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.LocalDateTime;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.LOGIN_THROTTLE;
import static jixiao.db.Tables.USER_KNOWN_ADDRESS;

/**
 * The counters behind login protection, each changed by one atomic statement so that parallel attempts on
 * one account or from one address are all counted, on every instance (they live in MariaDB). Callers run in
 * the login transaction.
 */
@Singleton
class LoginGuard {

    private final DSLContext db;
    private final SecuritySettings settings;

    LoginGuard(DSLContext db, SecuritySettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /** Whether the address is in a back-off period now. */
    boolean addressBlocked(String address, LocalDateTime now) {
        LocalDateTime until = db.select(LOGIN_THROTTLE.BLOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.ADDRESS.eq(address)).fetchOne(LOGIN_THROTTLE.BLOCKED_UNTIL);
        return until != null && until.isAfter(now);
    }

    /**
     * Counts a failure from the address; past {@code address-free-failures} the address waits
     * {@code address-backoff} × 2^(extra failures), at most {@code address-backoff-max}. Failures older than
     * {@code failure-window} are forgotten.
     */
    void addressFailed(String address, LocalDateTime now) {
        LocalDateTime forgotten = now.minus(settings.getFailureWindow());
        // MariaDB assigns left to right: failures is computed from the old last_failure_at.
        db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.ADDRESS, address)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .onDuplicateKeyUpdate()
                .set(LOGIN_THROTTLE.FAILURES, DSL.when(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(forgotten), DSL.inline(1))
                        .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .execute();
        Integer failures = db.select(LOGIN_THROTTLE.FAILURES).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.ADDRESS.eq(address)).fetchOne(LOGIN_THROTTLE.FAILURES);
        int extra = failures == null ? -1 : failures - settings.getAddressFreeFailures();
        if (extra >= 0) {
            db.update(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.BLOCKED_UNTIL, now.plus(backoff(extra)))
                    .where(LOGIN_THROTTLE.ADDRESS.eq(address))
                    .execute();
        }
    }

    Duration backoff(int extraFailures) {
        Duration max = settings.getAddressBackoffMax();
        Duration wait = settings.getAddressBackoff();
        for (int i = 0; i < extraFailures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    void addressSucceeded(String address) {
        db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.ADDRESS.eq(address)).execute();
    }

    /**
     * Counts a failed password on the account in one statement; at {@code max-failed-logins} the account is
     * locked for {@code lockout} and the count starts again.
     */
    void accountFailed(long userId, LocalDateTime now) {
        int max = settings.getMaxFailedLogins();
        // locked_until first: MariaDB assigns left to right, so it still sees the old failed_logins.
        db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(max), DSL.val(now.plus(settings.getLockout())))
                        .otherwise(APP_USER.LOCKED_UNTIL))
                .set(APP_USER.FAILED_LOGINS, DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(max), DSL.inline(0))
                        .otherwise(APP_USER.FAILED_LOGINS.plus(1)))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    void accountSucceeded(long userId) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(userId).and(APP_USER.FAILED_LOGINS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    /** Lifts a lock (an administrator's unlock). */
    void unlock(long userId) {
        accountSucceeded(userId);
    }

    boolean knownAddress(long userId, String address) {
        return db.fetchExists(USER_KNOWN_ADDRESS, USER_KNOWN_ADDRESS.USER_ID.eq(userId).and(USER_KNOWN_ADDRESS.ADDRESS.eq(address)));
    }

    void remember(long userId, String address, LocalDateTime now) {
        db.insertInto(USER_KNOWN_ADDRESS)
                .set(USER_KNOWN_ADDRESS.USER_ID, userId)
                .set(USER_KNOWN_ADDRESS.ADDRESS, address)
                .set(USER_KNOWN_ADDRESS.LAST_SUCCESS_AT, now)
                .onDuplicateKeyUpdate()
                .set(USER_KNOWN_ADDRESS.LAST_SUCCESS_AT, now)
                .execute();
    }
}
