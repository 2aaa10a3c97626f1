package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.util.Set;
import java.util.TimeZone;

/**
 * The reminder job with its cron, {@code jixiao.notifications.reminder-cron} (Quartz cron in the application's
 * zone), by default every day at 08:00; blank switches reminders off. A firing missed while every instance was
 * down fires once at start: the reminders of that day are still sent, and never twice.
 */
@Singleton
@Requires(beans = DeadlineReminders.class)
class DeadlineReminderSchedule implements ScheduledJob {

    static final String TRIGGER_GROUP = "deadline-reminder-schedule";
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("deadline-reminders", TRIGGER_GROUP);

    private final String cron;
    private final TimeZone zone;

    DeadlineReminderSchedule(@Value("${jixiao.notifications.reminder-cron:0 0 8 * * ?}") String cron, Clock clock) {
        this.cron = cron == null ? "" : cron.strip();
        this.zone = TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public JobDetail jobDetail() {
        return JobBuilder.newJob(DeadlineReminderJob.class).withIdentity(DeadlineReminderJob.KEY).storeDurably().build();
    }

    @Override
    public String triggerGroup() {
        return TRIGGER_GROUP;
    }

    @Override
    public Set<? extends Trigger> triggers() {
        if (cron.isEmpty()) {
            return Set.of();
        }
        return Set.of(TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(DeadlineReminderJob.KEY)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .startNow().build());
    }
}
