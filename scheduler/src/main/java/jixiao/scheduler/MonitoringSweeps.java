package jixiao.scheduler;

import java.time.Instant;

/**
 * What the monitoring job (运行监控) runs. The application implements it; the job only hands over
 * what Quartz knows, so the job class stays thin and the sweep can be run and tested without Quartz.
 * Implementations record every outcome, failures included, on the run itself.
 */
public interface MonitoringSweeps {

    /**
     * A firing of the configured schedule; the monitoring date is its day in the application's
     * zone. Firings missed while every instance was down are made up by one firing when an
     * instance starts, which monitors the day it starts: the state of the data then is what the
     * missed runs would have been superseded by.
     */
    void runScheduled(Instant scheduledFireTime);

    /** A run someone asked for, already recorded as QUEUED under {@code runId}. */
    void runQueued(long runId);
}
