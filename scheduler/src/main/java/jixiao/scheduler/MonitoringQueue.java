package jixiao.scheduler;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Hands a run someone asked for to Quartz: a one-shot trigger of the monitoring job carrying the
 * run's id. Any instance of the cluster may execute it; it waits while another sweep runs.
 */
@Singleton
@Requires(beans = Scheduler.class)
public class MonitoringQueue {

    static final String TRIGGER_GROUP = "monitoring-queue";

    private final Scheduler scheduler;

    MonitoringQueue(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The run row must already be committed: the trigger may fire at once on another instance. */
    public void enqueue(long runId) throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("run-" + runId, TRIGGER_GROUP)
                .forJob(MonitoringSweepJob.KEY)
                .usingJobData(MonitoringSweepJob.RUN_ID, String.valueOf(runId))
                .startNow()
                // Waiting behind a long sweep makes it "misfire": it must still fire, once.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        scheduler.scheduleJob(trigger);
    }
}
