package jixiao.monitoring;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of an alert's history (历次监控): what a run did to it, with the light and sentence the
 * run found (for a closing, the last ones found).
 *
 * @param asOf       the run's as-of date
 * @param recordedAt when the run wrote it
 */
@Serdeable
public record AlertHistoryEntry(long runId, LocalDate asOf, AlertChange change, String changeLabel, Light light,
                                String lightLabel, String message, LocalDateTime recordedAt) {
}
