package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * Which alerts a list shows; every part is optional.
 *
 * @param statuses empty for all
 * @param page     1-based
 */
public record AlertFilter(@Nullable Integer year, @Nullable String unitCode, Set<AlertStatus> statuses,
                          @Nullable Light light, @Nullable Long projectId, int page) {

    public AlertFilter {
        statuses = Set.copyOf(statuses);
        page = Math.max(1, page);
    }
}
