package jixiao.mail;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jixiao.scheduler.MailDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Works off the mail outbox: what the mail jobs run.
 *
 * <p>Each mail is marked SENT in its own short transaction right after the server accepted it. A
 * crash between the two (the server has the mail, the row still says SENDING) leaves the row to be
 * taken over when its claim expires, and the mail goes out a second time. Marking before sending
 * would instead lose the mail whenever the send then fails, and holding a transaction open across
 * the SMTP conversation would not close the window either (the commit can still fail after the
 * accept) while it holds row locks for as long as a slow server takes. A rare duplicate
 * notice is the least bad of the three.
 */
@Singleton
class OutboxSender implements MailDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final String INSTANCE = instanceName();

    private final MailOutbox outbox;
    private final Postman postman;
    private final SmtpSettings smtp;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(MailOutbox outbox, Postman postman, SmtpSettings smtp, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.postman = postman;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!smtp.configured()) {
            LOG.info("No SMTP server configured (JIXIAO_SMTP_HOST and JIXIAO_SMTP_FROM): mail stays in the outbox unsent");
        }
    }

    @Override
    public void sendDue() {
        if (smtp.configured()) {
            sendDue(clock);
        }
    }

    @Override
    public void sendDigests(Instant scheduledFireTime) {
        if (smtp.configured()) {
            sendDigests(clock);
        }
    }

    /** One run of the sender with the time read from {@code now}. */
    Outcome sendDue(Clock now) {
        Outcome outcome = new Outcome();
        MailBackoff rule = settings.rule();
        for (int batch = 0; batch < settings.getMaxBatchesPerRun(); batch++) {
            String token = claimToken();
            long claimedAt = System.nanoTime();
            List<OutboxMail> claimed = outbox.claimSingles(token, LocalDateTime.now(now),
                    LocalDateTime.now(now).plus(settings.getClaimLease()), settings.getBatchSize());
            if (claimed.isEmpty()) {
                break;
            }
            for (int i = 0; i < claimed.size(); i++) {
                OutboxMail mail = claimed.get(i);
                if (leaseHalfGone(claimedAt)) {
                    // A slow server: hand the rest back before the claim could expire and another
                    // run take them while this one still sends.
                    outbox.release(token, ids(claimed.subList(i, claimed.size())));
                    return outcome.log();
                }
                try {
                    postman.deliver(mail.address(), mail.subject(), MailTexts.single(mail.body()));
                    markSent(token, List.of(mail), now, outcome);
                } catch (Postman.Undelivered e) {
                    if (e.serverUnreachable()) {
                        // The rest would fail alike, each after a timeout: counted as failed now.
                        failAll(token, claimed.subList(i, claimed.size()), now, e, rule, outcome);
                        return outcome.log();
                    }
                    failAll(token, List.of(mail), now, e, rule, outcome);
                }
            }
        }
        sendDigestRound(MailOutbox.DigestRound.RETRY, now, outcome);
        return outcome.log();
    }

    /** The daily digest: one mail per address with everything held for it. */
    Outcome sendDigests(Clock now) {
        Outcome outcome = new Outcome();
        sendDigestRound(MailOutbox.DigestRound.DAILY, now, outcome);
        return outcome.log();
    }

    private void sendDigestRound(MailOutbox.DigestRound round, Clock now, Outcome outcome) {
        MailBackoff rule = settings.rule();
        for (String address : outbox.digestAddresses(round, LocalDateTime.now(now))) {
            String token = claimToken();
            List<OutboxMail> items = outbox.claimDigest(address, round, token, LocalDateTime.now(now),
                    LocalDateTime.now(now).plus(settings.getClaimLease()));
            if (items.isEmpty()) {
                continue; // another run took them
            }
            try {
                postman.deliver(address, MailTexts.digestSubject(items.size()), MailTexts.digestBody(items));
                markSent(token, items, now, outcome);
            } catch (Postman.Undelivered e) {
                failAll(token, items, now, e, rule, outcome);
                if (e.serverUnreachable()) {
                    return;
                }
            }
        }
    }

    private void markSent(String token, List<OutboxMail> mails, Clock now, Outcome outcome) {
        int marked = outbox.sent(token, ids(mails), LocalDateTime.now(now));
        outcome.sent += mails.size();
        if (marked < mails.size()) {
            LOG.warn("Mail {} sent after its claim had expired: it may be sent again by the run that took it over",
                    ids(mails));
        }
    }

    private void failAll(String token, List<OutboxMail> mails, Clock now, Postman.Undelivered e, MailBackoff rule,
                         Outcome outcome) {
        for (OutboxMail mail : mails) {
            outbox.failed(token, mail, LocalDateTime.now(now), e.getMessage(), rule);
            if (rule.givesUpAfter(mail.attempts())) {
                outcome.givenUp++;
            } else {
                outcome.failed++;
            }
        }
        LOG.warn("Mail to {} not sent ({} mail): {}", mails.get(0).address(), mails.size(), e.getMessage());
    }

    private boolean leaseHalfGone(long claimedAt) {
        return Duration.ofNanos(System.nanoTime() - claimedAt).compareTo(settings.getClaimLease().dividedBy(2)) > 0;
    }

    private static List<Long> ids(List<OutboxMail> mails) {
        List<Long> ids = new ArrayList<>(mails.size());
        mails.forEach(m -> ids.add(m.id()));
        return ids;
    }

    /** Names the claiming run in claimed_by: the host, for whoever looks at a stuck row, and a unique part. */
    private static String claimToken() {
        return INSTANCE + "/" + UUID.randomUUID();
    }

    private static String instanceName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() <= 60 ? host : host.substring(0, 60);
        } catch (Exception e) {
            return "jixiao";
        }
    }

    /** What a run did, in mail (a digest counts its items). */
    static final class Outcome {
        int sent;
        int failed;
        int givenUp;

        Outcome log() {
            if (sent + failed + givenUp > 0) {
                LOG.info("Mail outbox: {} sent, {} to retry, {} given up", sent, failed, givenUp);
            }
            return this;
        }

        @Override
        public String toString() {
            return "sent " + sent + ", failed " + failed + ", given up " + givenUp;
        }
    }
}
