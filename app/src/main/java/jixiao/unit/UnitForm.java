package jixiao.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"code":"315001","name":"乐亭县司法局本级","departmentName":"乐亭县司法局"}} */
@Serdeable
public record UnitForm(@Nullable String code, @Nullable String name, @Nullable String departmentName) {
}
