package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.TimeZone;

/** The daily digest at {@code jixiao.mail.digest-cron}, in the application's zone. */
@Singleton
@Requires(beans = MailDeliveries.class)
class MailDigestSchedule implements ScheduledJob {

    static final String TRIGGER_GROUP = "mail-digest-schedule";

    private final MailScheduleSettings settings;
    private final ZoneId zone;

    MailDigestSchedule(MailScheduleSettings settings, Clock clock) {
        this.settings = settings;
        this.zone = clock.getZone();
    }

    @Override
    public JobDetail jobDetail() {
        return JobBuilder.newJob(MailDigestJob.class).withIdentity(MailDigestJob.KEY).storeDurably().build();
    }

    @Override
    public String triggerGroup() {
        return TRIGGER_GROUP;
    }

    @Override
    public Set<? extends Trigger> triggers() {
        // A digest missed while every instance was down is sent once at the next start, like a
        // missed monitoring run: the held mail should not wait another day.
        return Set.of(TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey("mail-digest", TRIGGER_GROUP))
                .forJob(MailDigestJob.KEY)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.getDigestCron())
                        .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .startNow()
                .build());
    }
}
