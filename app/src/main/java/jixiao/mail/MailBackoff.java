package jixiao.mail;

import java.time.Duration;
import java.util.List;

/**
 * When a mail that could not be sent is tried again, and when it is given up. The waits grow so that
 * a server down for a day is not hammered, yet a short outage delays mail by minutes only.
 *
 * @param delays      the wait after the 1st, 2nd, … failed attempt; the last one repeats
 * @param maxAttempts attempts in all; the mail is given up (FAILED) after the last
 */
public record MailBackoff(List<Duration> delays, int maxAttempts) {

    public MailBackoff {
        if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("backoff needs at least one positive delay: " + delays);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
        }
        delays = List.copyOf(delays);
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1: " + attempts);
        }
        return delays.get(Math.min(attempts, delays.size()) - 1);
    }

    /** Whether a mail that failed {@code attempts} times is given up rather than tried again. */
    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
