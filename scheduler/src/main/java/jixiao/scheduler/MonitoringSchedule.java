package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TimeZone;

/** The monitoring job with its configured cron triggers. */
@Singleton
@Requires(beans = MonitoringSweeps.class)
class MonitoringSchedule implements ScheduledJob {

    static final String TRIGGER_GROUP = "monitoring-schedule";

    private final MonitoringScheduleSettings settings;
    private final ZoneId zone;

    MonitoringSchedule(MonitoringScheduleSettings settings, Clock clock) {
        this.settings = settings;
        this.zone = clock.getZone();
    }

    @Override
    public JobDetail jobDetail() {
        // Durable: queued runs add their own one-shot triggers to it. Recovery: a sweep cut short by
        // an instance dying is run again by another; sweeps are idempotent.
        return JobBuilder.newJob(MonitoringSweepJob.class).withIdentity(MonitoringSweepJob.KEY)
                .storeDurably().requestRecovery().build();
    }

    @Override
    public String triggerGroup() {
        return TRIGGER_GROUP;
    }

    @Override
    public Set<? extends Trigger> triggers() {
        Set<CronTrigger> triggers = new LinkedHashSet<>();
        for (int i = 0; i < settings.getCrons().size(); i++) {
            triggers.add(cronTrigger(TriggerKey.triggerKey("monitoring-" + (i + 1), TRIGGER_GROUP),
                    settings.getCrons().get(i), zone, null));
        }
        return triggers;
    }

    /**
     * A cron trigger of the monitoring job. A firing missed while no instance ran (longer ago than
     * the misfire threshold) fires once as soon as a scheduler starts, however many were missed,
     * and the schedule then proceeds.
     *
     * @param startAt when the schedule starts; null for now
     */
    static CronTrigger cronTrigger(TriggerKey key, String cron, ZoneId zone, Date startAt) {
        TriggerBuilder<CronTrigger> builder = TriggerBuilder.newTrigger().withIdentity(key).forJob(MonitoringSweepJob.KEY)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed());
        return (startAt == null ? builder.startNow() : builder.startAt(startAt)).build();
    }
}
