package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.util.Date;
import java.util.Set;

/** The outbox sender, every {@code jixiao.mail.send-interval}. */
@Singleton
@Requires(beans = MailDeliveries.class)
class MailSendSchedule implements ScheduledJob {

    static final String TRIGGER_GROUP = "mail-schedule";

    private final MailScheduleSettings settings;

    MailSendSchedule(MailScheduleSettings settings) {
        this.settings = settings;
    }

    @Override
    public JobDetail jobDetail() {
        // No recovery request: a run cut short leaves its claims to expire, and the next run anywhere
        // takes them over.
        return JobBuilder.newJob(MailSendJob.class).withIdentity(MailSendJob.KEY).storeDurably().build();
    }

    @Override
    public String triggerGroup() {
        return TRIGGER_GROUP;
    }

    @Override
    public Set<? extends Trigger> triggers() {
        long intervalMs = Math.max(1_000, settings.getSendInterval().toMillis());
        SimpleTrigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey("mail-send", TRIGGER_GROUP))
                .forJob(MailSendJob.KEY)
                // Missed firings (all instances down, or a long run) are not made up one by one:
                // the next firing sends everything due anyway.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(intervalMs)
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(new Date(System.currentTimeMillis() + intervalMs))
                .build();
        return Set.of(trigger);
    }
}
