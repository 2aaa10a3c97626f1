package jixiao.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.Messages;
import jixiao.db.tables.records.MonitoringRunRecord;
import jixiao.reporting.ReportingPeriods;
import jixiao.notification.NotificationKind;
import jixiao.notification.Notifications;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.MONITORING_RUN;

/** The run rows: queued, started, counted as chunks commit, finished or failed. */
@Singleton
class MonitoringRuns {

    static final String SCHEDULER = "scheduler";
    private static final int ERROR_LENGTH = 2_000;

    private final DSLContext db;
    private final SweepStore store;
    private final ReportingPeriods periods;
    private final AuditTrail audit;
    private final Clock clock;

    private final Notifications notifications;

    MonitoringRuns(DSLContext db, SweepStore store, ReportingPeriods periods, AuditTrail audit, Clock clock,
                   Notifications notifications) {
        this.notifications = notifications;
        this.db = db;
        this.store = store;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    /** A run a finance user asked for, waiting for its Quartz trigger. */
    @Transactional
    RunView queue(Caller caller, LocalDate asOf) {
        long id = insert(asOf, caller.username(), RunStatus.QUEUED, null);
        RunView run = find(id).orElseThrow();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("asOf", asOf);
        fields.put("fiscalYear", run.fiscalYear());
        audit.created(caller, new AuditedRecord("MONITORING_RUN", id, Messages.text("monitoring.run.name", asOf), null), fields);
        return run;
    }

    /**
     * A firing of the schedule: recorded as RUNNING straight away, once. The same firing recovered
     * after the instance running it died (Quartz runs it again elsewhere) finds its row again.
     *
     * @param firing when the schedule fired, in the application's zone
     * @return the run; empty when this firing's run has already finished
     */
    @Transactional
    Optional<Long> scheduled(LocalDate asOf, LocalDateTime firing) {
        MonitoringRunRecord earlier = db.selectFrom(MONITORING_RUN).where(MONITORING_RUN.SCHEDULED_FOR.eq(firing))
                .forUpdate().fetchOne();
        if (earlier != null) {
            return RunStatus.valueOf(earlier.getStatus()).finished() ? Optional.empty() : Optional.of(earlier.getId());
        }
        return Optional.of(insert(asOf, SCHEDULER, RunStatus.RUNNING, firing));
    }

    private long insert(LocalDate asOf, String triggeredBy, RunStatus status, LocalDateTime firing) {
        // The run's year is that of the latest period ended by the as-of date: every year with
        // projects must have its periods first, or a year nobody has opened yet would be skipped.
        periods.ensureYearsWithProjects();
        LocalDateTime now = LocalDateTime.now(clock);
        return db.insertInto(MONITORING_RUN)
                .set(MONITORING_RUN.FISCAL_YEAR, store.fiscalYearAt(asOf))
                .set(MONITORING_RUN.AS_OF, asOf)
                .set(MONITORING_RUN.TRIGGERED_BY, triggeredBy)
                .set(MONITORING_RUN.STATUS, status.name())
                .set(MONITORING_RUN.QUEUED_AT, now)
                .set(MONITORING_RUN.SCHEDULED_FOR, firing)
                .set(MONITORING_RUN.STARTED_AT, status == RunStatus.RUNNING ? now : null)
                .set(MONITORING_RUN.PROJECTS_TOTAL, 0).set(MONITORING_RUN.PROJECTS_CHECKED, 0)
                .set(MONITORING_RUN.ALERTS_OPENED, 0).set(MONITORING_RUN.ALERTS_UPDATED, 0).set(MONITORING_RUN.ALERTS_CLOSED, 0)
                .set(MONITORING_RUN.GREEN_PROJECTS, 0).set(MONITORING_RUN.BLUE_PROJECTS, 0)
                .set(MONITORING_RUN.YELLOW_PROJECTS, 0).set(MONITORING_RUN.RED_PROJECTS, 0)
                .returning(MONITORING_RUN.ID).fetchOne(MONITORING_RUN.ID);
    }

    /**
     * Marks the run RUNNING with its project count and zeroed counters (a run recovered after an
     * instance died starts over). Only one sweep runs at a time (the Quartz job is not concurrent),
     * so any other run still RUNNING was cut short by a dead instance: it is marked FAILED.
     *
     * @return empty when the run is unknown or already finished
     */
    @Transactional
    Optional<MonitoringRunRecord> begin(long id, int projectsTotal, LocalDateTime at) {
        MonitoringRunRecord run = db.selectFrom(MONITORING_RUN).where(MONITORING_RUN.ID.eq(id)).forUpdate().fetchOne();
        if (run == null || RunStatus.valueOf(run.getStatus()).finished()) {
            return Optional.empty();
        }
        db.update(MONITORING_RUN).set(MONITORING_RUN.STATUS, RunStatus.FAILED.name())
                .set(MONITORING_RUN.FINISHED_AT, at)
                .set(MONITORING_RUN.ERROR_MESSAGE, Messages.text("monitoring.run.interrupted"))
                .where(MONITORING_RUN.STATUS.eq(RunStatus.RUNNING.name())).and(MONITORING_RUN.ID.ne(id))
                .execute();
        run.setStatus(RunStatus.RUNNING.name());
        run.setStartedAt(at);
        run.setProjectsTotal(projectsTotal);
        run.setProjectsChecked(0);
        run.setAlertsOpened(0);
        run.setAlertsUpdated(0);
        run.setAlertsClosed(0);
        run.setGreenProjects(0);
        run.setBlueProjects(0);
        run.setYellowProjects(0);
        run.setRedProjects(0);
        run.setErrorMessage(null);
        run.store();
        return Optional.of(run);
    }

    /** The fiscal year and as-of date of a run, before it begins. */
    @Transactional(readOnly = true)
    Optional<MonitoringRunRecord> peek(long id) {
        return db.selectFrom(MONITORING_RUN).where(MONITORING_RUN.ID.eq(id)).fetchOptional();
    }

    /** Adds a committed chunk's counts; runs in the chunk's transaction. */
    @Transactional
    void count(long id, SweepChunks.Counts c) {
        var r = MONITORING_RUN;
        db.update(r)
                .set(r.PROJECTS_CHECKED, r.PROJECTS_CHECKED.plus(c.projects()))
                .set(r.ALERTS_OPENED, r.ALERTS_OPENED.plus(c.opened()))
                .set(r.ALERTS_UPDATED, r.ALERTS_UPDATED.plus(c.updated()))
                .set(r.GREEN_PROJECTS, r.GREEN_PROJECTS.plus(c.lights().green()))
                .set(r.BLUE_PROJECTS, r.BLUE_PROJECTS.plus(c.lights().blue()))
                .set(r.YELLOW_PROJECTS, r.YELLOW_PROJECTS.plus(c.lights().yellow()))
                .set(r.RED_PROJECTS, r.RED_PROJECTS.plus(c.lights().red()))
                .where(r.ID.eq(id)).execute();
    }

    @Transactional
    void finish(long id, int closed, LocalDateTime at) {
        db.update(MONITORING_RUN).set(MONITORING_RUN.STATUS, RunStatus.DONE.name())
                .set(MONITORING_RUN.ALERTS_CLOSED, closed).set(MONITORING_RUN.FINISHED_AT, at)
                .where(MONITORING_RUN.ID.eq(id)).execute();
        notifyFinished(id);
    }

    @Transactional
    void fail(long id, String message) {
        String clipped = message.length() <= ERROR_LENGTH ? message : message.substring(0, ERROR_LENGTH);
        db.update(MONITORING_RUN).set(MONITORING_RUN.STATUS, RunStatus.FAILED.name())
                .set(MONITORING_RUN.FINISHED_AT, LocalDateTime.now(clock))
                .set(MONITORING_RUN.ERROR_MESSAGE, clipped)
                .where(MONITORING_RUN.ID.eq(id)).execute();
        notifyFinished(id);
    }

    /**
     * Tells the person who started the run (triggered_by) that it is done or failed, with its counts; nobody for a
     * scheduled run. In the transaction that marks the run finished.
     */
    private void notifyFinished(long id) {
        var r = MONITORING_RUN;
        String key = NotificationKind.MONITORING_RUN_FINISHED.name() + ":R" + id;
        Field<String> done = DSL.inline(Messages.text("notification.runDone.title"));
        Field<String> failed = DSL.inline(Messages.text("notification.runFailed.title"));
        notifications.write(key, db.select(APP_USER.ID, DSL.inline(NotificationKind.MONITORING_RUN_FINISHED.name()), DSL.val(key),
                        DSL.concat(DSL.when(r.STATUS.eq(RunStatus.DONE.name()), done).otherwise(failed),
                                DSL.inline(Messages.text("notification.run.asOf")), r.AS_OF.cast(String.class)),
                        DSL.when(r.STATUS.eq(RunStatus.DONE.name()), DSL.concat(
                                        DSL.inline(Messages.text("notification.run.projects")), r.PROJECTS_CHECKED.cast(String.class),
                                        DSL.inline(Messages.text("notification.run.red")), r.RED_PROJECTS.cast(String.class),
                                        DSL.inline(Messages.text("notification.run.opened")), r.ALERTS_OPENED.cast(String.class),
                                        DSL.inline(Messages.text("notification.run.closed")), r.ALERTS_CLOSED.cast(String.class)))
                                .otherwise(r.ERROR_MESSAGE),
                        DSL.inline("/monitoring"), DSL.inline((String) null), DSL.inline((Long) null), DSL.inline((String) null))
                .from(r).join(APP_USER).on(APP_USER.USERNAME.eq(r.TRIGGERED_BY))
                .where(r.ID.eq(id)).and(r.TRIGGERED_BY.ne(SCHEDULER)));
    }

    @Transactional(readOnly = true)
    Optional<RunView> find(long id) {
        return db.selectFrom(MONITORING_RUN).where(MONITORING_RUN.ID.eq(id)).fetchOptional().map(MonitoringRuns::view);
    }

    /** The latest runs, of one fiscal year or of all. */
    @Transactional(readOnly = true)
    List<RunView> recent(Integer fiscalYear, int limit) {
        return db.selectFrom(MONITORING_RUN)
                .where(fiscalYear == null ? DSL.noCondition() : MONITORING_RUN.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(MONITORING_RUN.ID.desc()).limit(limit)
                .fetch(MonitoringRuns::view);
    }

    private static RunView view(MonitoringRunRecord r) {
        int total = r.getProjectsTotal();
        int checked = r.getProjectsChecked();
        RunStatus status = RunStatus.valueOf(r.getStatus());
        int percent = status == RunStatus.DONE ? 100 : total == 0 ? 0 : Math.min(100, checked * 100 / total);
        return new RunView(r.getId(), r.getFiscalYear(), r.getAsOf(), r.getTriggeredBy(), status, status.label(),
                r.getQueuedAt(), r.getStartedAt(), r.getFinishedAt(), total, checked, percent, r.getAlertsOpened(),
                r.getAlertsUpdated(), r.getAlertsClosed(),
                new UnitSummary(r.getGreenProjects(), r.getBlueProjects(), r.getYellowProjects(), r.getRedProjects()),
                r.getErrorMessage());
    }
}
