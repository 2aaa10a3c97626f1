package jixiao.scheduler;

import java.time.Instant;

/**
 * What the mail jobs run. The application implements it over its outbox table; the jobs only say
 * when, so they stay thin and the sending can be tested without Quartz. Implementations record
 * every failure on the outbox rows themselves and never throw for a mail that could not be sent.
 */
public interface MailDeliveries {

    /** Sends the outbox's due mail: single mails, and digests being retried after a failure. */
    void sendDue();

    /** The daily digest: each person's held mail in one message. */
    void sendDigests(Instant scheduledFireTime);
}
