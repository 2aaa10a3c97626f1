package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One given checkpoint of a project's 资金支出计划. */
@MappedEntity("spend_plan_point")
record SpendPlanPoint(@Id @GeneratedValue @Nullable Long id, Long projectId, Integer month, BigDecimal percent) {
}
