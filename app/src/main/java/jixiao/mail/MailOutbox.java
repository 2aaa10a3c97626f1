package jixiao.mail;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import static jixiao.db.Tables.MAIL_OUTBOX;

/**
 * The outbox rows as the sender sees them. Rows are claimed by an UPDATE that marks them SENDING
 * under a token of the run, then read back by that token: the UPDATE re-checks each row's status
 * under its row lock, so two runs (two instances) never both claim one. It works alike on MariaDB
 * 10.11 and 11.4 and keeps the claiming transaction to one statement, without holding locks
 * across the SMTP conversation. Every method is its own short transaction.
 */
@Singleton
class MailOutbox {

    private final DSLContext db;

    MailOutbox(DSLContext db) {
        this.db = db;
    }

    /** Which held digest rows a digest takes. */
    enum DigestRound {
        /** The daily digest: everything held until now. */
        DAILY,
        /** A digest that failed, tried again on its backoff, between two daily runs. */
        RETRY
    }

    /**
     * Claims up to {@code limit} due single mails: pending and due, or claimed by a run whose claim
     * expired (its instance died mid-send). The claim counts as an attempt.
     */
    @Transactional
    List<OutboxMail> claimSingles(String token, LocalDateTime now, LocalDateTime until, int limit) {
        Condition due = MAIL_OUTBOX.DIGEST.isFalse().and(
                MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                        .or(abandoned(now)));
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.CLAIMED_BY, token)
                .set(MAIL_OUTBOX.CLAIMED_UNTIL, until)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(due)
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .execute();
        return claimed(token);
    }

    /** The addresses with digest rows for {@code round}. */
    @Transactional
    List<String> digestAddresses(DigestRound round, LocalDateTime now) {
        return db.selectDistinct(MAIL_OUTBOX.ADDRESS).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.DIGEST.isTrue().and(digestDue(round, now)))
                .orderBy(MAIL_OUTBOX.ADDRESS)
                .fetch(MAIL_OUTBOX.ADDRESS);
    }

    /** Claims one address's digest rows for {@code round}, all together: they go in one mail. */
    @Transactional
    List<OutboxMail> claimDigest(String address, DigestRound round, String token, LocalDateTime now, LocalDateTime until) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.CLAIMED_BY, token)
                .set(MAIL_OUTBOX.CLAIMED_UNTIL, until)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.DIGEST.isTrue().and(MAIL_OUTBOX.ADDRESS.eq(address)).and(digestDue(round, now)))
                .execute();
        return claimed(token);
    }

    /**
     * The server took the mail. Only rows still claimed under {@code token} are marked: a row whose
     * claim expired and was taken over belongs to the other run now.
     *
     * @return the rows marked
     */
    @Transactional
    int sent(String token, Collection<Long> ids, LocalDateTime now) {
        return db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, now)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.in(ids).and(mine(token)))
                .execute();
    }

    /** The attempt failed: tried again after the backoff, or given up. */
    @Transactional
    void failed(String token, OutboxMail mail, LocalDateTime now, String reason, MailBackoff rule) {
        MailStatus status = rule.givesUpAfter(mail.attempts()) ? MailStatus.FAILED : MailStatus.PENDING;
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, status.name())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now.plus(rule.delayAfter(mail.attempts())))
                .set(MAIL_OUTBOX.LAST_ERROR, reason)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.eq(mail.id()).and(mine(token)))
                .execute();
    }

    /** Hands back claimed rows not tried, uncounted, for the next run. */
    @Transactional
    void release(String token, Collection<Long> ids) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.minus(1))
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.in(ids).and(mine(token)))
                .execute();
    }

    private List<OutboxMail> claimed(String token) {
        return db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.ADDRESS, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY,
                        MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.CREATED_AT)
                .from(MAIL_OUTBOX)
                .where(mine(token))
                .orderBy(MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.ID)
                .fetch(r -> new OutboxMail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private static Condition mine(String token) {
        // status first: the (status, next_attempt_at) index narrows to the few SENDING rows
        return MAIL_OUTBOX.STATUS.eq(MailStatus.SENDING.name()).and(MAIL_OUTBOX.CLAIMED_BY.eq(token));
    }

    private static Condition abandoned(LocalDateTime now) {
        return MAIL_OUTBOX.STATUS.eq(MailStatus.SENDING.name()).and(MAIL_OUTBOX.CLAIMED_UNTIL.lt(now));
    }

    private static Condition digestDue(DigestRound round, LocalDateTime now) {
        Condition pending = MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name());
        Condition held = switch (round) {
            case DAILY -> pending.and(MAIL_OUTBOX.CREATED_AT.le(now));
            case RETRY -> pending.and(MAIL_OUTBOX.ATTEMPTS.gt(0)).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now));
        };
        return held.or(abandoned(now));
    }
}
