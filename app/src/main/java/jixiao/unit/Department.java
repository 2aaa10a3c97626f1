package jixiao.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** 部门, e.g. 乐亭县司法局, which owns its units. */
@MappedEntity("department")
public record Department(@Id @GeneratedValue @Nullable Long id, String name) {
}
