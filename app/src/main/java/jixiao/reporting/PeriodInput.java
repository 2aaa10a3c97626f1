package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A period finance adds ({@code endMonth} required, label and deadline optional) or changes (label
 * and deadline; {@code endMonth} is ignored). The deadline is {@code YYYY-MM-DD}.
 */
@Serdeable
public record PeriodInput(@Nullable Integer endMonth, @Nullable String label, @Nullable String deadline) {
}
