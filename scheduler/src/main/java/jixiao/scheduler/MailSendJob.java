package jixiao.scheduler;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/**
 * Empties the mail outbox every few seconds. Not concurrent, so one instance of the cluster sends at
 * a time; the outbox's claims keep a row from being sent twice even without that.
 */
@Prototype
@DisallowConcurrentExecution
public class MailSendJob implements Job {

    public static final JobKey KEY = JobKey.jobKey("mail-send", "mail");

    private final MailDeliveries deliveries;

    MailSendJob(MailDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void execute(JobExecutionContext context) {
        deliveries.sendDue();
    }
}
