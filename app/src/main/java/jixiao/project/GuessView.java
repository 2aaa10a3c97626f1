package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;

/**
 * A guess on a project, open (待核对) or cleared. For {@code INDICATOR_TARGET} the indicator is named
 * and the value is the target text as published.
 *
 * @param resolution CONFIRMED or CORRECTED once cleared
 */
@Serdeable
public record GuessView(
        String field,
        String label,
        @Nullable Long indicatorId,
        String note,
        @Nullable String guessedValue,
        boolean confirmed,
        @Nullable String confirmedBy,
        @Nullable LocalDateTime confirmedAt,
        @Nullable String resolution) {
}
