package jixiao.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jixiao.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import static jixiao.db.Tables.MAIL_OUTBOX;

/** Outbox rows written as the notification side writes them, and read back, each committed at once. */
@Singleton
class OutboxRows {

    private final DSLContext db;
    private final TransactionOperations<Connection> tx;

    OutboxRows(DSLContext db, TransactionOperations<Connection> tx) {
        this.db = db;
        this.tx = tx;
    }

    long pending(String address, String subject, String body, boolean digest, LocalDateTime createdAt) {
        return inTransaction(() -> db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ADDRESS, address).set(MAIL_OUTBOX.SUBJECT, subject).set(MAIL_OUTBOX.BODY, body)
                .set(MAIL_OUTBOX.DIGEST, digest).set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, createdAt)
                .set(MAIL_OUTBOX.CREATED_AT, createdAt)
                .returning(MAIL_OUTBOX.ID).fetchOne(MAIL_OUTBOX.ID));
    }

    /** A row a sender claimed and never finished: it died mid-send, or is still at it. */
    long claimed(String address, String subject, String body, String claimedBy, LocalDateTime claimedUntil,
                 LocalDateTime createdAt) {
        return inTransaction(() -> db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ADDRESS, address).set(MAIL_OUTBOX.SUBJECT, subject).set(MAIL_OUTBOX.BODY, body)
                .set(MAIL_OUTBOX.DIGEST, false).set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 1).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, createdAt)
                .set(MAIL_OUTBOX.CLAIMED_BY, claimedBy).set(MAIL_OUTBOX.CLAIMED_UNTIL, claimedUntil)
                .set(MAIL_OUTBOX.CREATED_AT, createdAt)
                .returning(MAIL_OUTBOX.ID).fetchOne(MAIL_OUTBOX.ID));
    }

    MailOutboxRecord row(long id) {
        return inTransaction(() -> db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOne());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> work.get());
    }
}
