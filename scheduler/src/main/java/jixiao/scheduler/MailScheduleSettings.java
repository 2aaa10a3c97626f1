package jixiao.scheduler;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * When the mail jobs fire. {@code send-interval}: how often the outbox is looked at (mail waits at
 * most that long); {@code digest-cron}: the daily digest, a Quartz cron expression in the
 * application's zone (07:30 Beijing time by default, before the working day starts).
 */
@ConfigurationProperties("jixiao.mail")
public class MailScheduleSettings {

    private Duration sendInterval = Duration.ofSeconds(30);
    private String digestCron = "0 30 7 * * ?";

    public Duration getSendInterval() { return sendInterval; }
    public void setSendInterval(Duration sendInterval) { this.sendInterval = sendInterval; }
    public String getDigestCron() { return digestCron; }
    public void setDigestCron(String digestCron) { this.digestCron = digestCron; }
}
