package jixiao.consistency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing the consistency check found, and where it is fixed.
 *
 * @param subject what on the project it is about: a guessed field (GuessedField name), an
 *                indicator id, a period code, or an alert id
 * @param href    the page where a person fixes it
 */
@Serdeable
public record ConsistencyLine(
        ConsistencyKind kind,
        String kindLabel,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable Long projectId,
        @Nullable String projectName,
        String subject,
        String message,
        String href) {
}
