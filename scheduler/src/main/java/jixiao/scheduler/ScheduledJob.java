package jixiao.scheduler;

import org.quartz.JobDetail;
import org.quartz.Trigger;

import java.util.Set;

/**
 * A job the application wants scheduled, with its triggers. Registered at start-up if absent or
 * changed; left alone otherwise, so that a run missed while every instance was down is still
 * seen as misfired and fired once.
 */
public interface ScheduledJob {

    JobDetail jobDetail();

    /**
     * The group all of {@link #triggers()} belong to. Triggers of the job in that group and no
     * longer wanted are removed; triggers in other groups (one-shot runs someone asked for) are
     * left alone.
     */
    String triggerGroup();

    Set<? extends Trigger> triggers();
}
