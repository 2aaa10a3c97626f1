package jixiao.evaluation.report;

import jakarta.inject.Singleton;
import jixiao.evaluation.YearEndFigures;
import jixiao.reporting.DeviationCause;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * Reads the deviation causes and corrective actions of a project's period reports of its year, from the
 * reports that count at year end (the same rule as the 自评表's pre-filled figures), earliest period first.
 * Called by services that have already checked the caller may see the project.
 */
@Singleton
class PeriodReportNotes {

    private final DSLContext db;

    PeriodReportNotes(DSLContext db) {
        this.db = db;
    }

    List<DeviationNote> of(long projectId, int year) {
        List<DeviationNote> notes = new ArrayList<>();
        db.select(INDICATOR_PROGRESS.INDICATOR_ID, INDICATOR_PROGRESS.DEVIATION_CAUSES, INDICATOR_PROGRESS.DEVIATION_NOTE,
                        INDICATOR_PROGRESS.CORRECTIVE_ACTION, REPORTING_PERIOD.LABEL, REPORTING_PERIOD.END_MONTH,
                        PERIOD_REPORT.STATUS)
                .from(INDICATOR_PROGRESS)
                .join(PERIOD_REPORT).on(PERIOD_REPORT.ID.eq(INDICATOR_PROGRESS.REPORT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.eq(projectId)).and(REPORTING_PERIOD.FISCAL_YEAR.eq(year))
                .orderBy(REPORTING_PERIOD.PERIOD_END, INDICATOR_PROGRESS.INDICATOR_ID)
                .forEach(r -> {
                    String causes = causes(r.get(INDICATOR_PROGRESS.DEVIATION_CAUSES));
                    String note = blankToNull(r.get(INDICATOR_PROGRESS.DEVIATION_NOTE));
                    String action = blankToNull(r.get(INDICATOR_PROGRESS.CORRECTIVE_ACTION));
                    if (YearEndFigures.counts(r.get(REPORTING_PERIOD.END_MONTH), r.get(PERIOD_REPORT.STATUS))
                            && (causes != null || note != null || action != null)) {
                        notes.add(new DeviationNote(r.get(INDICATOR_PROGRESS.INDICATOR_ID), r.get(REPORTING_PERIOD.LABEL),
                                causes, note, action));
                    }
                });
        return notes;
    }

    /** FUNDING,OTHER → 经费保障、其他; an unknown code is kept as stored rather than lost. */
    private static String causes(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> DeviationCause.parse(s).map(DeviationCause::label).orElse(s))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("、"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
