package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A BUREAU account's binding to one unit. */
@MappedEntity("user_unit")
record UserUnit(@Id @GeneratedValue @Nullable Long id, Long userId, Long unitId) {
}
