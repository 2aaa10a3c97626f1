package jixiao.scheduler;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/** The daily deadline reminders; not concurrent anywhere in the cluster. */
@Prototype
@DisallowConcurrentExecution
public class DeadlineReminderJob implements Job {

    public static final JobKey KEY = JobKey.jobKey("deadline-reminders", "notifications");

    private final DeadlineReminders reminders;

    DeadlineReminderJob(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        reminders.remind();
    }
}
