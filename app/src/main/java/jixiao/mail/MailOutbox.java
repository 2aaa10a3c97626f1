package jixiao.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jixiao.database.TransactionRetry;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import static jixiao.db.Tables.MAIL_OUTBOX;

/**
 * The outbox rows as the sender sees them. Rows are claimed by an UPDATE that marks them SENDING
 * under a token of the run, then read back by that token: the UPDATE re-checks each row's status
 * under its row lock, so two runs (two instances) never both claim one. It works alike on MariaDB
 * 10.11 and 11.4 and keeps the claiming transaction to one statement, without holding locks
 * across the SMTP conversation.
 *
 * <p>Every method is its own short transaction, READ COMMITTED: no gap locks, and an UPDATE skips
 * rows whose committed state does not match instead of waiting for them. Two runs' statements on
 * the (status, next_attempt_at) index can still deadlock (a claim scanning it while another run marks
 * a row SENT); the statement MariaDB rolls back is simply run again. The same holds on a Galera
 * cluster, where row locks do not span nodes: of two nodes claiming one row, the second fails
 * certification at commit with that same deadlock error, and its rerun finds the row taken (why not
 * SELECT … FOR UPDATE SKIP LOCKED, which skips only rows locked on its own node).
 */
@Singleton
class MailOutbox {

    private final DSLContext db;
    private final TransactionOperations<Connection> tx;
    private final TransactionRetry retry;
    private final DefaultTransactionDefinition shortTransaction = new DefaultTransactionDefinition(
            TransactionDefinition.Propagation.REQUIRES_NEW);

    MailOutbox(DSLContext db, TransactionOperations<Connection> tx, TransactionRetry retry) {
        this.db = db;
        this.tx = tx;
        this.retry = retry;
        shortTransaction.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
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
    List<OutboxMail> claimSingles(String token, LocalDateTime now, LocalDateTime until, int limit) {
        Condition due = MAIL_OUTBOX.DIGEST.isFalse().and(
                MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                        .or(abandoned(now)));
        transaction(() -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.CLAIMED_BY, token)
                .set(MAIL_OUTBOX.CLAIMED_UNTIL, until)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(due)
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .execute());
        return claimed(token);
    }

    /** The addresses with digest rows for {@code round}. */
    List<String> digestAddresses(DigestRound round, LocalDateTime now) {
        return transaction(() -> db.selectDistinct(MAIL_OUTBOX.ADDRESS).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.DIGEST.isTrue().and(digestDue(round, now)))
                .orderBy(MAIL_OUTBOX.ADDRESS)
                .fetch(MAIL_OUTBOX.ADDRESS));
    }

    /** Claims one address's digest rows for {@code round}, all together: they go in one mail. */
    List<OutboxMail> claimDigest(String address, DigestRound round, String token, LocalDateTime now, LocalDateTime until) {
        transaction(() -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.CLAIMED_BY, token)
                .set(MAIL_OUTBOX.CLAIMED_UNTIL, until)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.DIGEST.isTrue().and(MAIL_OUTBOX.ADDRESS.eq(address)).and(digestDue(round, now)))
                .execute());
        return claimed(token);
    }

    /**
     * The server took the mail. Only rows still claimed under {@code token} are marked: a row whose
     * claim expired and was taken over belongs to the other run now.
     *
     * @return the rows marked
     */
    int sent(String token, Collection<Long> ids, LocalDateTime now) {
        return transaction(() -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, now)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.in(ids).and(mine(token)))
                .execute());
    }

    /** The attempt failed: tried again after the backoff, or given up. */
    void failed(String token, OutboxMail mail, LocalDateTime now, String reason, MailBackoff rule) {
        MailStatus status = rule.givesUpAfter(mail.attempts()) ? MailStatus.FAILED : MailStatus.PENDING;
        transaction(() -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, status.name())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now.plus(rule.delayAfter(mail.attempts())))
                .set(MAIL_OUTBOX.LAST_ERROR, reason)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.eq(mail.id()).and(mine(token)))
                .execute());
    }

    /** Hands back claimed rows not tried, uncounted, for the next run. */
    void release(String token, Collection<Long> ids) {
        transaction(() -> db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.minus(1))
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIMED_UNTIL)
                .where(MAIL_OUTBOX.ID.in(ids).and(mine(token)))
                .execute());
    }

    /** Counts by state, the last mail sent, and the latest mail that failed, for the administrator. */
    OutboxOverview overview(int troubles) {
        return transaction(() -> readOverview(troubles));
    }

    private OutboxOverview readOverview(int troubles) {
        long waiting = 0;
        long held = 0;
        long sending = 0;
        long failed = 0;
        for (var r : db.select(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.DIGEST, DSL.count()).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.ne(MailStatus.SENT.name()))
                .groupBy(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.DIGEST).fetch()) {
            switch (MailStatus.valueOf(r.value1())) {
                case PENDING -> {
                    if (r.value2()) {
                        held += r.value3();
                    } else {
                        waiting += r.value3();
                    }
                }
                case SENDING -> sending += r.value3();
                case FAILED -> failed += r.value3();
                case SENT -> { }
            }
        }
        LocalDateTime lastSent = db.select(DSL.max(MAIL_OUTBOX.SENT_AT)).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.SENT.name())).fetchOne(0, LocalDateTime.class);
        List<OutboxOverview.Trouble> latest = db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.ADDRESS, MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.LAST_ERROR)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.in(MailStatus.PENDING.name(), MailStatus.FAILED.name())
                        .and(MAIL_OUTBOX.LAST_ERROR.isNotNull()))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(troubles)
                .fetch(r -> new OutboxOverview.Trouble(r.value1(), r.value2(), r.value3(),
                        MailStatus.valueOf(r.value4()), r.value5(), r.value6(), r.value7()));
        return new OutboxOverview(waiting, held, sending, failed, lastSent, latest);
    }

    private List<OutboxMail> claimed(String token) {
        return transaction(() -> db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.ADDRESS, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY,
                        MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.CREATED_AT)
                .from(MAIL_OUTBOX)
                .where(mine(token))
                .orderBy(MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.ID)
                .fetch(r -> new OutboxMail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
    }

    /**
     * A short transaction of its own, run again when MariaDB chose it as a deadlock's victim (or a
     * Galera node refused it), as every transaction is.
     */
    private <T> T transaction(Supplier<T> work) {
        return retry.call(false, () -> tx.execute(shortTransaction, status -> retry.work(work)));
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
