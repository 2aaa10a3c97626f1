package jixiao.scheduler;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring job on two Quartz instances of one cluster sharing the test MariaDB, as two
 * application instances would: every trigger fires once in the cluster, and a scheduled firing
 * missed while no instance ran fires once when one starts. Each test is a cluster of its own
 * (its own scheduler name), apart from the application's scheduler.
 */
@MicronautTest(transactional = false)
class ClusteredMonitoringJobTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;

    private final List<Scheduler> schedulers = new ArrayList<>();
    /** What the job was asked to do, and by which instance. */
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    /** Stands in for the application's sweeps: records each call with the instance that made it. */
    private MonitoringSweeps recording(String instance) {
        return new MonitoringSweeps() {
            @Override
            public void runScheduled(Instant scheduledFireTime) {
                calls.add(instance + " scheduled " + scheduledFireTime);
            }

            @Override
            public void runQueued(long runId) {
                calls.add(instance + " queued " + runId);
            }
        };
    }

    private Scheduler instance(String cluster, String instance) throws SchedulerException {
        SchedulerSettings settings = new SchedulerSettings();
        settings.setName(cluster);
        settings.setThreadCount(4);
        settings.setClusterCheckinIntervalMs(1_000);
        settings.setMisfireThresholdMs(1_000);
        MonitoringSweeps sweeps = recording(instance);
        Scheduler scheduler = ClusteredSchedulers.create(settings, dataSourceResolver.resolve(dataSource),
                (bundle, s) -> new MonitoringSweepJob(sweeps));
        schedulers.add(scheduler);
        return scheduler;
    }

    /** Two instances of one cluster, not started; their generated ids differ as on two hosts. */
    private List<Scheduler> cluster(String name) throws Exception {
        Scheduler a = instance(name, "A");
        Thread.sleep(5);
        Scheduler b = instance(name, "B");
        assertNotEquals(a.getSchedulerInstanceId(), b.getSchedulerInstanceId());
        MonitoringScheduleSettings none = new MonitoringScheduleSettings();
        none.setCrons(List.of());
        a.addJob(new MonitoringSchedule(none, Clock.system(SHANGHAI)).jobDetail(), false);
        return List.of(a, b);
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
    void twoInstancesFireEachQueuedRunOnce() throws Exception {
        List<Scheduler> cluster = cluster("cluster-" + UUID.randomUUID());
        MonitoringQueue queue = new MonitoringQueue(cluster.get(0));
        int runs = 12;
        for (long runId = 1; runId <= runs; runId++) {
            queue.enqueue(runId);
        }
        // Both start with every trigger already due: they compete for each one.
        cluster.get(0).start();
        cluster.get(1).start();
        await(() -> calls.size() >= runs);
        Thread.sleep(3_000); // a second firing of any of them would show up here

        Map<String, Integer> firings = new HashMap<>();
        for (String call : List.copyOf(calls)) {
            firings.merge(call.substring(call.indexOf(' ') + 1), 1, Integer::sum);
        }
        assertEquals(runs, calls.size(), "one execution per run: " + calls);
        for (long runId = 1; runId <= runs; runId++) {
            assertEquals(1, firings.get("queued " + runId), "run " + runId + ": " + calls);
        }
    }

    @Test
    void aNightlyRunMissedWhileNoInstanceRanFiresOnceAtStart() throws Exception {
        List<Scheduler> cluster = cluster("cluster-" + UUID.randomUUID());
        // A nightly cron whose time today passed ten minutes ago, registered half an hour ago:
        // its fire time came while no instance of the cluster was running.
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        ZonedDateTime missed = now.minusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        String cron = "0 " + missed.getMinute() + " " + missed.getHour() + " * * ?";
        CronTrigger nightly = MonitoringSchedule.cronTrigger(TriggerKey.triggerKey("monitoring-1", MonitoringSchedule.TRIGGER_GROUP),
                cron, SHANGHAI, Date.from(now.minusMinutes(30).toInstant()));
        cluster.get(0).scheduleJob(nightly);
        assertEquals(Date.from(missed.toInstant()), cluster.get(0).getTrigger(nightly.getKey()).getNextFireTime());

        Instant started = Instant.now();
        cluster.get(0).start();
        cluster.get(1).start();
        await(() -> !calls.isEmpty());
        Thread.sleep(3_000);

        assertEquals(1, calls.size(), "fired once, not once per instance: " + calls);
        Instant fired = Instant.parse(calls.get(0).substring(calls.get(0).lastIndexOf(' ') + 1));
        assertTrue(!fired.isBefore(started.minusSeconds(1)), "made up at start-up: " + calls);
        Date next = cluster.get(0).getTrigger(nightly.getKey()).getNextFireTime();
        assertEquals(missed.plusDays(1).toInstant(), next.toInstant(), "then the schedule proceeds");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(100);
        }
    }
}
