package jixiao.monitoring;

import jixiao.indicatorvalue.TargetValue;

/** A 三级指标 as the sweep reads it. */
record SweepIndicator(long id, long projectId, String name, TargetValue target) {
}
