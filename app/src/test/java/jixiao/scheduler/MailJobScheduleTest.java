package jixiao.scheduler;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail jobs' triggers on a Quartz cluster of their own (two instances on the test MariaDB): the
 * sender fires by itself every interval, never twice at once, and a changed interval or digest time
 * replaces the registered one.
 */
@MicronautTest(transactional = false)
class MailJobScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;

    private final List<Scheduler> schedulers = new ArrayList<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();

    /** Stands in for the outbox: each send takes a while, so overlapping firings would show. */
    private final MailDeliveries slow = new MailDeliveries() {
        @Override
        public void sendDue() {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                calls.add("due");
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public void sendDigests(Instant scheduledFireTime) {
            calls.add("digest " + scheduledFireTime);
        }
    };

    private Scheduler instance(String cluster) throws SchedulerException {
        SchedulerSettings settings = new SchedulerSettings();
        settings.setName(cluster);
        settings.setThreadCount(4);
        settings.setClusterCheckinIntervalMs(1_000);
        Scheduler scheduler = ClusteredSchedulers.create(settings, dataSourceResolver.resolve(dataSource),
                (bundle, s) -> bundle.getJobDetail().getJobClass() == MailSendJob.class
                        ? new MailSendJob(slow) : new MailDigestJob(slow));
        schedulers.add(scheduler);
        return scheduler;
    }

    private static MailScheduleSettings every(Duration interval, String digestCron) {
        MailScheduleSettings settings = new MailScheduleSettings();
        settings.setSendInterval(interval);
        settings.setDigestCron(digestCron);
        return settings;
    }

    @AfterEach
    void stop() throws SchedulerException {
        if (!schedulers.isEmpty()) {
            schedulers.get(0).clear();
        }
        for (Scheduler s : schedulers) {
            s.shutdown(true);
        }
    }

    @Test
    void theSenderFiresByItselfOnTwoInstancesNeverTwiceAtOnce() throws Exception {
        String cluster = "mail-" + UUID.randomUUID();
        Scheduler a = instance(cluster);
        Thread.sleep(5);
        Scheduler b = instance(cluster);
        MailScheduleSettings settings = every(Duration.ofSeconds(1), "0 30 7 * * ?");
        Clock clock = Clock.system(SHANGHAI);
        new SchedulerStarter(a, List.of(new MailSendSchedule(settings), new MailDigestSchedule(settings, clock))).onStartup(null);
        b.start();

        Thread.sleep(7_000);

        long sends = calls.stream().filter("due"::equals).count();
        assertTrue(sends >= 3, "fired by itself, again and again: " + calls);
        assertEquals(0, overlaps.get(), "one send at a time in the cluster: " + calls);
    }

    @Test
    void aChangedIntervalOrDigestTimeReplacesTheRegisteredOne() throws Exception {
        Scheduler a = instance("mail-" + UUID.randomUUID());
        Clock clock = Clock.system(SHANGHAI);
        MailScheduleSettings before = every(Duration.ofSeconds(30), "0 30 7 * * ?");
        new SchedulerStarter(a, List.of(new MailSendSchedule(before), new MailDigestSchedule(before, clock))).onStartup(null);
        a.standby();

        MailScheduleSettings after = every(Duration.ofMinutes(2), "0 0 8 * * ?");
        new SchedulerStarter(a, List.of(new MailSendSchedule(after), new MailDigestSchedule(after, clock))).onStartup(null);

        SimpleTrigger send = (SimpleTrigger) a.getTrigger(TriggerKey.triggerKey("mail-send", MailSendSchedule.TRIGGER_GROUP));
        assertEquals(Duration.ofMinutes(2).toMillis(), send.getRepeatInterval());
        CronTrigger digest = (CronTrigger) a.getTrigger(TriggerKey.triggerKey("mail-digest", MailDigestSchedule.TRIGGER_GROUP));
        assertEquals("0 0 8 * * ?", digest.getCronExpression());
        assertEquals(TimeZone.getTimeZone(SHANGHAI), digest.getTimeZone());
    }
}
