package jixiao.scheduler;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * When monitoring runs by itself. Quartz cron expressions in the application's zone. The default,
 * every night at 01:00, also makes the day after every reporting deadline a run day whatever the
 * deadlines are (they are data, per reporting period): that night's run is the first to find the
 * reports still missing. An empty list switches scheduled monitoring off.
 */
@ConfigurationProperties("jixiao.monitoring.schedule")
public class MonitoringScheduleSettings {

    private List<String> crons = List.of("0 0 1 * * ?");

    public List<String> getCrons() { return crons; }
    public void setCrons(List<String> crons) { this.crons = List.copyOf(crons); }
}
