package jixiao.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

import java.io.IOException;

/** Hands one plain-text mail to the SMTP server, through micronaut-email's sender. */
@Singleton
class Postman {

    private final EmailSender<?, ?> sender;
    private final SmtpSettings smtp;

    Postman(EmailSender<?, ?> sender, SmtpSettings smtp) {
        this.sender = sender;
        this.smtp = smtp;
    }

    /**
     * Returns once the server has accepted the mail.
     *
     * @throws Undelivered when it did not
     */
    void deliver(String address, String subject, String body) throws Undelivered {
        try {
            sender.send(Email.builder().from(smtp.getFrom()).to(address).subject(subject).body(body));
        } catch (RuntimeException e) {
            throw new Undelivered(e);
        }
    }

    /** A mail the server did not take, with the reason in one short line. */
    static final class Undelivered extends Exception {

        private static final int REASON_LENGTH = 500;

        private final boolean serverUnreachable;

        Undelivered(Throwable cause) {
            super(reason(cause), cause, false, false);
            this.serverUnreachable = unreachable(cause);
        }

        /** The server could not be reached at all: the other mail of the run would fail alike. */
        boolean serverUnreachable() {
            return serverUnreachable;
        }

        /**
         * Refused or timed-out connections, unknown hosts, a server that stopped answering: the
         * network, not this mail. A server's answer (a refused recipient) is no I/O failure.
         */
        private static boolean unreachable(Throwable t) {
            for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
                if (c instanceof IOException) {
                    return true;
                }
            }
            return false;
        }

        /** The innermost cause's type and message: what the server or the network said, no stack. */
        private static String reason(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("\\s+", " ").trim();
            String reason = root.getClass().getSimpleName() + message;
            return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
        }
    }
}
