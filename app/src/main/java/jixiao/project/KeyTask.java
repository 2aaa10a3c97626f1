package jixiao.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** 分项绩效目标 / 年度重点工作任务 of a department-level target. */
@MappedEntity("key_task")
record KeyTask(@Id @GeneratedValue @Nullable Long id, Long projectId, Integer position, String name,
               @Nullable String content, @Nullable BigDecimal fundsYuan, @Nullable String expectedGoal) {
}
