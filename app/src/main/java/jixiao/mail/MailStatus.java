package jixiao.mail;

/** Where a row of the mail outbox stands (column mail_outbox.status). */
public enum MailStatus {
    /** Waiting: to be sent at next_attempt_at, or held for the day's digest. */
    PENDING,
    /** Claimed by a sender (claimed_by) until claimed_until; past that, presumed abandoned. */
    SENDING,
    SENT,
    /** Given up after the configured attempts; stays for the administrator to see. */
    FAILED
}
