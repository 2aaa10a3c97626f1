package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static jixiao.db.Tables.MONITORING_RUN;

/**
 * When a row of an alert or a project light was last judged. A run writes only the rows it changed
 * (a nightly run that finds nothing new writes none), so a row holds the run that last changed it and
 * that run's date; every finished run of its year after that one saw it again (a run that did not find
 * a live alert closed it). The SQL form of {@link RunHistory}, for the few rows a page shows.
 */
final class RunDates {

    private RunDates() {
    }

    /**
     * The latest as-of date among the row's own and those of the year's finished runs after {@code runId}.
     *
     * @param until when the row stopped being judged (closed, resolved); null while it is live
     */
    static Field<LocalDate> judgedAsOf(Field<Integer> year, Field<Long> runId, Field<LocalDate> asOf,
                                       @Nullable Field<LocalDateTime> until) {
        var r = MONITORING_RUN.as("judging_run");
        Field<LocalDate> later = DSL.select(DSL.max(r.AS_OF)).from(r).where(after(r, year, runId, until)).asField();
        return DSL.greatest(asOf, DSL.coalesce(later, asOf));
    }

    /** The latest start of those runs that did not pass the row over for being of an earlier date. */
    static Field<LocalDateTime> lastSeenAt(Field<Integer> year, Field<Long> runId, Field<LocalDate> asOf,
                                           Field<LocalDateTime> seenAt, @Nullable Field<LocalDateTime> until) {
        var r = MONITORING_RUN.as("seeing_run");
        Field<LocalDateTime> later = DSL.select(DSL.max(r.STARTED_AT)).from(r)
                .where(after(r, year, runId, until)).and(r.AS_OF.ge(asOf)).asField();
        return DSL.greatest(seenAt, DSL.coalesce(later, seenAt));
    }

    private static Condition after(jixiao.db.tables.MonitoringRun r, Field<Integer> year, Field<Long> runId,
                                   @Nullable Field<LocalDateTime> until) {
        Condition c = r.FISCAL_YEAR.eq(year).and(r.STATUS.eq(RunStatus.DONE.name())).and(r.ID.gt(runId));
        return until == null ? c : c.and(until.isNull().or(r.FINISHED_AT.lt(until)));
    }
}
