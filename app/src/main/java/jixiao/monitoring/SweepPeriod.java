package jixiao.monitoring;

import java.time.LocalDate;

/** A reporting period of the fiscal year being swept: its code ('2024-06'), end and deadline. */
record SweepPeriod(long id, String code, LocalDate periodEnd, LocalDate deadline) {
}
