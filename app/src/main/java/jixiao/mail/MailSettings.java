package jixiao.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How the outbox is worked off. When the jobs fire is {@code jixiao.scheduler.MailScheduleSettings}
 * (same prefix).
 */
@ConfigurationProperties("jixiao.mail")
public class MailSettings {

    private int maxAttempts = 8;
    /** The wait after the 1st, 2nd, … failed attempt; the last one repeats. */
    private List<Duration> backoff = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));
    /** Rows claimed at once. Small, so that a claim is short-lived and other instances find work. */
    private int batchSize = 10;
    /** How long a claim holds: past it, another run takes the rows over (their sender is presumed dead). */
    private Duration claimLease = Duration.ofMinutes(10);
    /** Batches per run at most, so that one run ends and the next, perhaps elsewhere, continues. */
    private int maxBatchesPerRun = 50;

    public MailBackoff rule() {
        return new MailBackoff(backoff, maxAttempts);
    }

    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public List<Duration> getBackoff() { return backoff; }
    public void setBackoff(List<Duration> backoff) { this.backoff = List.copyOf(backoff); }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public Duration getClaimLease() { return claimLease; }
    public void setClaimLease(Duration claimLease) { this.claimLease = claimLease; }
    public int getMaxBatchesPerRun() { return maxBatchesPerRun; }
    public void setMaxBatchesPerRun(int maxBatchesPerRun) { this.maxBatchesPerRun = maxBatchesPerRun; }
}
