package jixiao.scheduler;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/**
 * The monitoring sweep, for scheduled firings and for runs finance asks for alike. One job for both,
 * and not concurrent: Quartz then never runs two sweeps at once anywhere in the cluster, so two
 * sweeps of one fiscal year cannot close each other's alerts.
 */
@Prototype
@DisallowConcurrentExecution
public class MonitoringSweepJob implements Job {

    public static final JobKey KEY = JobKey.jobKey("monitoring-sweep", "monitoring");
    /** Job data of a queued run: its id, as a string (the job store keeps job data as properties). */
    static final String RUN_ID = "runId";

    private final MonitoringSweeps sweeps;

    MonitoringSweepJob(MonitoringSweeps sweeps) {
        this.sweeps = sweeps;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String runId = data.getString(RUN_ID);
        if (runId != null) {
            sweeps.runQueued(Long.parseLong(runId));
        } else {
            sweeps.runScheduled(context.getScheduledFireTime().toInstant());
        }
    }
}
