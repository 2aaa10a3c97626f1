package jixiao.scheduler;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Quartz settings. Every app instance sharing a database must use the same {@code name}. */
@ConfigurationProperties("jixiao.scheduler")
public class SchedulerSettings {

    private boolean enabled = true;
    /** Quartz's SCHED_NAME: the cluster is every instance with this name on one database. */
    private String name = "jixiao";
    /**
     * Quartz's instance id, unique in the cluster; AUTO generates one at each start. A fixed id (one per
     * machine) lets a restarted instance recover at once what it was running when it died, and names
     * the instance in QRTZ_FIRED_TRIGGERS and QRTZ_SCHEDULER_STATE.
     */
    private String instanceId = org.quartz.impl.StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID;
    private int threadCount = 2;
    private long clusterCheckinIntervalMs = 7_500;
    private long misfireThresholdMs = 60_000;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getInstanceId() { return instanceId; }
    public void setInstanceId(String instanceId) { this.instanceId = instanceId; }
    public int getThreadCount() { return threadCount; }
    public void setThreadCount(int threadCount) { this.threadCount = threadCount; }
    public long getClusterCheckinIntervalMs() { return clusterCheckinIntervalMs; }
    public void setClusterCheckinIntervalMs(long ms) { this.clusterCheckinIntervalMs = ms; }
    public long getMisfireThresholdMs() { return misfireThresholdMs; }
    public void setMisfireThresholdMs(long ms) { this.misfireThresholdMs = ms; }
}
