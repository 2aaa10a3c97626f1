package jixiao.reporting;

import io.micronaut.serde.annotation.Serdeable;

/** A reporting period as the API and pages show it; dates are {@code YYYY-MM-DD}. */
@Serdeable
public record ReportingPeriodView(String code, int year, int endMonth, String label, String periodEnd, String deadline) {

    static ReportingPeriodView of(ReportingPeriod p) {
        return new ReportingPeriodView(p.code(), p.fiscalYear(), p.endMonth(), p.label(), p.periodEnd().toString(),
                p.deadline().toString());
    }
}
