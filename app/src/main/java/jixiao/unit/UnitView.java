package jixiao.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UnitView(Long id, String code, String name, @Nullable String departmentName) {

    /** How a unit is written in the published tables: {@code 315001乐亭县司法局本级}. */
    public String label() {
        return code + " " + name;
    }
}
