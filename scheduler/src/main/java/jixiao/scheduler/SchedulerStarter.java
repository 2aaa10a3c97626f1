package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.quartz.CronTrigger;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Registers the application's jobs and starts Quartz once the application is up. */
@Singleton
@Requires(beans = Scheduler.class)
class SchedulerStarter {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerStarter.class);

    private final Scheduler scheduler;
    private final List<ScheduledJob> jobs;

    SchedulerStarter(Scheduler scheduler, List<ScheduledJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = jobs;
    }

    @EventListener
    void onStartup(StartupEvent event) throws SchedulerException {
        for (ScheduledJob job : jobs) {
            register(job);
        }
        scheduler.start();
        LOG.info("Quartz scheduler {} started ({} job(s))", scheduler.getSchedulerInstanceId(), jobs.size());
    }

    private void register(ScheduledJob job) throws SchedulerException {
        List<Trigger> scheduled = new ArrayList<>();
        for (Trigger t : scheduler.getTriggersOfJob(job.jobDetail().getKey())) {
            if (t.getKey().getGroup().equals(job.triggerGroup())) {
                scheduled.add(t);
            }
        }
        if (scheduler.checkExists(job.jobDetail().getKey()) && unchanged(job, scheduled)) {
            return;
        }
        Set<TriggerKey> wanted = new HashSet<>();
        job.triggers().forEach(t -> wanted.add(t.getKey()));
        for (Trigger t : scheduled) {
            if (!wanted.contains(t.getKey())) {
                scheduler.unscheduleJob(t.getKey());
            }
        }
        try {
            scheduler.scheduleJob(job.jobDetail(), job.triggers(), true);
        } catch (ObjectAlreadyExistsException e) {
            // Another instance of the cluster registered it at the same moment.
        }
    }

    private boolean unchanged(ScheduledJob job, List<Trigger> scheduled) throws SchedulerException {
        if (scheduled.size() != job.triggers().size()) {
            return false;
        }
        for (Trigger wanted : job.triggers()) {
            Trigger current = scheduler.getTrigger(wanted.getKey());
            if (current == null || !sameSchedule(current, wanted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSchedule(Trigger a, Trigger b) {
        if (a instanceof CronTrigger ca && b instanceof CronTrigger cb) {
            return Objects.equals(ca.getCronExpression(), cb.getCronExpression())
                    && Objects.equals(ca.getTimeZone(), cb.getTimeZone());
        }
        if (a instanceof SimpleTrigger sa && b instanceof SimpleTrigger sb) {
            return sa.getRepeatInterval() == sb.getRepeatInterval() && sa.getRepeatCount() == sb.getRepeatCount();
        }
        return a.getClass().equals(b.getClass());
    }
}
