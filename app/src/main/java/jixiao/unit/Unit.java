package jixiao.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** 单位: a budget unit such as {@code 315001 乐亭县司法局本级}; a 部门 has several. */
@MappedEntity("unit")
public record Unit(@Id @GeneratedValue @Nullable Long id, String code, String name, @Nullable Long departmentId) {
}
