package jixiao.scheduler;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/** The daily digest mail. */
@Prototype
@DisallowConcurrentExecution
public class MailDigestJob implements Job {

    public static final JobKey KEY = JobKey.jobKey("mail-digest", "mail");

    private final MailDeliveries deliveries;

    MailDigestJob(MailDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void execute(JobExecutionContext context) {
        deliveries.sendDigests(context.getScheduledFireTime().toInstant());
    }
}
