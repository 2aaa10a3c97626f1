package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A monitoring run as the dashboard and the API show it.
 *
 * @param triggeredBy     the finance user who asked for it, or "scheduler"
 * @param percentDone     projects checked ÷ projects to check, 0–100
 * @param lights          the projects checked so far by their light
 * @param alertsUpdated   live alerts found again
 * @param alertsClosed    live alerts no longer found, closed at the end
 */
@Serdeable
public record RunView(
        long id,
        int fiscalYear,
        LocalDate asOf,
        String triggeredBy,
        RunStatus status,
        String statusLabel,
        LocalDateTime queuedAt,
        @Nullable LocalDateTime startedAt,
        @Nullable LocalDateTime finishedAt,
        int projectsTotal,
        int projectsChecked,
        int percentDone,
        int alertsOpened,
        int alertsUpdated,
        int alertsClosed,
        UnitSummary lights,
        @Nullable String errorMessage) {

    public boolean finished() {
        return status.finished();
    }
}
