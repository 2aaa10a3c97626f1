package jixiao.scheduler;

import java.time.Instant;

/**
 * What the monitoring job (运行监控) runs. The application implements it; the job only hands over
 * what Quartz knows, so the job class stays thin and the sweep can be run and tested without Quartz.
 * Implementations record every outcome, failures included, on the run itself.
 */
public interface MonitoringSweeps {

    /**
     * A firing of the configured schedule. The monitoring date is the day, in the application's
     * zone, the firing was scheduled for: a firing missed while every instance was down fires once
     * at start-up and still monitors the day it was meant for.
     */
    void runScheduled(Instant scheduledFireTime);

    /** A run someone asked for, already recorded as QUEUED under {@code runId}. */
    void runQueued(long runId);
}
