package jixiao.mail;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The outbox at a glance: mail waiting to be sent, held for the digest, being sent, given up, when
 * mail last went out, and the latest mail that failed with what the server said.
 */
@Introspected
record OutboxOverview(long waiting, long held, long sending, long failed, @Nullable LocalDateTime lastSent,
                      List<Trouble> troubles) {

    @Introspected
    record Trouble(long id, String address, String subject, MailStatus status, int attempts,
                   LocalDateTime nextAttemptAt, String lastError) {

        public boolean givenUp() {
            return status == MailStatus.FAILED;
        }
    }
}
