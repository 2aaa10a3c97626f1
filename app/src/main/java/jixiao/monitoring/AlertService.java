package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.Role;
import jixiao.access.UnitScope;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.common.Numbers;
import jixiao.project.GuessConditions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.MONITORING_ALERT_EVENT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.UNIT;

/**
 * Alerts for the people who work through them: finance sees every unit's and resolves them, a
 * bureau sees its own units' and acknowledges them with its 整改措施. Another unit's alert is
 * "not found".
 */
@Singleton
public class AlertService {

    public static final int PAGE_SIZE = 100;
    private static final int TEXT_LENGTH = 2_000;

    private final DSLContext db;
    private final AuditTrail audit;
    private final Clock clock;

    AlertService(DSLContext db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A page of alerts and where the next one starts.
     *
     * @param next the {@code after} of the next page; null on the last page
     */
    public record AlertPage(List<AlertView> alerts, @Nullable String next) {
    }

    /** One page of the alerts visible to the caller: the most severe and the latest first. */
    @Transactional(readOnly = true)
    public List<AlertView> list(Caller caller, AlertFilter filter) {
        return page(caller, filter, null).alerts();
    }

    /**
     * One page of the alerts visible to the caller, the most severe and the latest first: after the
     * alert {@code after} names (a page's {@code next}) or else the filter's page number. The page's ids
     * are read from the index of that order (V17's ix_monitoring_alert_list), a keyset rather than an
     * offset, so a page costs the same wherever it is; then only those alerts are joined for their names.
     */
    @Transactional(readOnly = true)
    public AlertPage page(Caller caller, AlertFilter filter, @Nullable String after) {
        var a = MONITORING_ALERT;
        Condition where = UnitScope.visibleTo(caller, a.UNIT_ID);
        if (filter.year() != null) {
            where = where.and(a.FISCAL_YEAR.eq(filter.year()));
        }
        if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            where = where.and(a.UNIT_ID.eq(DSL.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(filter.unitCode().strip()))));
        }
        if (!filter.statuses().isEmpty()) {
            where = where.and(a.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.light() != null) {
            where = where.and(SEVERITY.eq(filter.light().severity()));
        }
        if (filter.projectId() != null) {
            where = where.and(a.PROJECT_ID.eq(filter.projectId()));
        }
        AlertCursor from = after == null || after.isBlank() ? null : AlertCursor.parse(after);
        if (from != null) {
            where = where.and(SEVERITY.gt(from.severity())
                    .or(SEVERITY.eq(from.severity()).and(a.LAST_SEEN_AT.lt(from.lastSeenAt())))
                    .or(SEVERITY.eq(from.severity()).and(a.LAST_SEEN_AT.eq(from.lastSeenAt())).and(a.ID.lt(from.id()))));
        }
        var keys = db.select(a.ID, SEVERITY, a.LAST_SEEN_AT).from(a).where(where)
                .orderBy(SEVERITY, a.LAST_SEEN_AT.desc(), a.ID.desc())
                .limit(PAGE_SIZE).offset(from == null ? (filter.page() - 1) * PAGE_SIZE : 0)
                .fetch();
        if (keys.isEmpty()) {
            return new AlertPage(List.of(), null);
        }
        List<Long> ids = keys.map(r -> r.get(a.ID));
        Map<Long, AlertView> byId = new HashMap<>();
        select().where(a.ID.in(ids)).fetch(AlertService::view).forEach(v -> byId.put(v.id(), v));
        List<AlertView> alerts = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        var last = keys.get(keys.size() - 1);
        String next = keys.size() < PAGE_SIZE ? null
                : new AlertCursor(last.get(SEVERITY), last.get(a.LAST_SEEN_AT), last.get(a.ID)).text();
        return new AlertPage(alerts, next);
    }

    /** monitoring_alert.severity: generated by MariaDB from the light (V17), so not in jOOQ's schema. */
    private static final Field<Integer> SEVERITY = DSL.field(DSL.name("monitoring_alert", "severity"), SQLDataType.INTEGER);

    @Transactional(readOnly = true)
    public AlertView get(Caller caller, long id) {
        return visible(caller, id);
    }

    /** What the monitoring runs did to a visible alert, in as-of order (历次监控). */
    @Transactional(readOnly = true)
    public List<AlertHistoryEntry> history(Caller caller, long id) {
        visible(caller, id);
        var e = MONITORING_ALERT_EVENT;
        return db.select(e.RUN_ID, e.AS_OF, e.CHANGE_KIND, e.LIGHT, e.MESSAGE, e.RECORDED_AT)
                .from(e).where(e.ALERT_ID.eq(id))
                .orderBy(e.AS_OF, e.RECORDED_AT, e.ID)
                .fetch(r -> {
                    AlertChange change = AlertChange.valueOf(r.get(e.CHANGE_KIND));
                    Light light = Light.valueOf(r.get(e.LIGHT));
                    return new AlertHistoryEntry(r.get(e.RUN_ID), r.get(e.AS_OF), change, change.label(), light,
                            light.label(), r.get(e.MESSAGE), r.get(e.RECORDED_AT));
                });
    }

    /**
     * The bureau answers an open alert with its 整改措施; answering again replaces them while the
     * alert is live.
     *
     * @param version the version the caller saw; null to skip the check
     */
    @Transactional
    public AlertView acknowledge(Caller caller, long id, @Nullable String correctiveAction, @Nullable Long version) {
        AlertView before = visible(caller, id);
        if (caller.role() != Role.BUREAU) {
            throw new ForbiddenException(Messages.text("monitoring.alert.onlyBureauAcknowledges"));
        }
        String text = required(correctiveAction, "correctiveAction", "monitoring.alert.correctiveActionMissing");
        requireLive(before, version);
        var a = MONITORING_ALERT;
        int changed = db.update(a).set(a.STATUS, AlertStatus.ACKNOWLEDGED.name())
                .set(a.ACKNOWLEDGED_AT, LocalDateTime.now(clock)).set(a.ACKNOWLEDGED_BY, caller.username())
                .set(a.CORRECTIVE_ACTION, text).set(a.VERSION, a.VERSION.plus(1))
                .where(a.ID.eq(id)).and(a.VERSION.eq(before.version())).execute();
        return transitioned(caller, "ACKNOWLEDGE", before, changed);
    }

    /** Finance closes the matter; the same subject is not raised again by later runs. */
    @Transactional
    public AlertView resolve(Caller caller, long id, @Nullable String resolution, @Nullable Long version) {
        AlertView before = visible(caller, id);
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("monitoring.alert.onlyFinanceResolves"));
        }
        String text = required(resolution, "resolution", "monitoring.alert.resolutionMissing");
        requireLive(before, version);
        var a = MONITORING_ALERT;
        int changed = db.update(a).set(a.STATUS, AlertStatus.RESOLVED.name()).set(a.ACTIVE_KEY, (String) null)
                .set(a.RESOLVED_AT, LocalDateTime.now(clock)).set(a.RESOLVED_BY, caller.username())
                .set(a.RESOLUTION, text).set(a.VERSION, a.VERSION.plus(1))
                .where(a.ID.eq(id)).and(a.VERSION.eq(before.version())).execute();
        return transitioned(caller, "RESOLVE", before, changed);
    }

    private AlertView transitioned(Caller caller, String action, AlertView before, int changed) {
        if (changed == 0) {
            throw new ConflictException(Messages.text("monitoring.alert.changedMeanwhile"), visible(caller, before.id()));
        }
        AlertView after = visible(caller, before.id());
        audit.transition(caller, action, new AuditedRecord("MONITORING_ALERT", after.id(), after.message(),
                after.unitId()), snapshot(before), snapshot(after));
        return after;
    }

    private static void requireLive(AlertView alert, Long version) {
        if (!alert.live()) {
            throw new ConflictException(Messages.text("monitoring.alert.notLive", alert.statusLabel()), alert);
        }
        if (version != null && version != alert.version()) {
            throw new ConflictException(Messages.text("monitoring.alert.changedMeanwhile"), alert);
        }
    }

    private static String required(String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, Messages.text(messageKey));
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_LENGTH) {
            throw new InvalidInputException(field, Messages.text("monitoring.alert.textTooLong", TEXT_LENGTH));
        }
        return stripped;
    }

    private AlertView visible(Caller caller, long id) {
        var a = MONITORING_ALERT;
        return select().where(a.ID.eq(id)).and(UnitScope.visibleTo(caller, a.UNIT_ID))
                .fetchOptional(AlertService::view)
                .orElseThrow(() -> new NotFoundException("alert " + id));
    }

    private SelectOnConditionStep<Record> select() {
        var a = MONITORING_ALERT;
        return db.select(a.fields()).select(UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME,
                        REPORTING_PERIOD.CODE, REPORTING_PERIOD.LABEL, INDICATOR.NAME, INDICATOR.TARGET_UNIT, PLAN_UNCONFIRMED,
                        JUDGED_AS_OF, LAST_SEEN_AT)
                .from(a)
                .join(UNIT).on(UNIT.ID.eq(a.UNIT_ID))
                .join(BUDGET_PROJECT).on(BUDGET_PROJECT.ID.eq(a.PROJECT_ID))
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(a.PERIOD_ID))
                .leftJoin(INDICATOR).on(INDICATOR.ID.eq(a.INDICATOR_ID));
    }

    private static final Field<Boolean> PLAN_UNCONFIRMED =
            DSL.field(GuessConditions.planUnconfirmed(MONITORING_ALERT.PROJECT_ID)).as("plan_unconfirmed");
    /** Until it was closed or resolved, every finished run after the one that last changed it saw it. */
    private static final Field<LocalDateTime> JUDGED_UNTIL =
            DSL.coalesce(MONITORING_ALERT.CLOSED_AT, MONITORING_ALERT.RESOLVED_AT);
    private static final Field<LocalDate> JUDGED_AS_OF = RunDates.judgedAsOf(MONITORING_ALERT.FISCAL_YEAR,
            MONITORING_ALERT.LAST_RUN_ID, MONITORING_ALERT.AS_OF, JUDGED_UNTIL).as("judged_as_of");
    private static final Field<LocalDateTime> LAST_SEEN_AT = RunDates.lastSeenAt(MONITORING_ALERT.FISCAL_YEAR,
            MONITORING_ALERT.LAST_RUN_ID, MONITORING_ALERT.AS_OF, MONITORING_ALERT.LAST_SEEN_AT, JUDGED_UNTIL)
            .as("judged_last_seen_at");

    private static AlertView view(Record r) {
        var a = MONITORING_ALERT;
        AlertRule rule = AlertRule.valueOf(r.get(a.RULE));
        // Said when shown, not stored: the mark goes as soon as someone confirms the plan.
        boolean planUnconfirmed = rule.judgedAgainstPlan() && Boolean.TRUE.equals(r.get(PLAN_UNCONFIRMED));
        String message = planUnconfirmed ? r.get(a.MESSAGE) + Messages.text("guess.planUnconfirmedMark") : r.get(a.MESSAGE);
        Light light = Light.valueOf(r.get(a.LIGHT));
        AlertStatus status = AlertStatus.valueOf(r.get(a.STATUS));
        return new AlertView(r.get(a.ID), r.get(a.FISCAL_YEAR), r.get(a.UNIT_ID), r.get(UNIT.CODE), r.get(UNIT.NAME), r.get(a.PROJECT_ID),
                r.get(BUDGET_PROJECT.CODE), r.get(BUDGET_PROJECT.NAME), r.get(REPORTING_PERIOD.CODE),
                r.get(REPORTING_PERIOD.LABEL), r.get(a.INDICATOR_ID), r.get(INDICATOR.NAME), r.get(INDICATOR.TARGET_UNIT),
                rule, rule.label(), light, light.label(), Numbers.normalized(r.get(a.EXPECTED_VALUE)),
                Numbers.normalized(r.get(a.ACTUAL_VALUE)), Numbers.normalized(r.get(a.RATIO)),
                Numbers.normalized(r.get(a.LAG)), message, r.get(JUDGED_AS_OF), status, status.label(),
                r.get(a.FIRST_SEEN_AT), r.get(LAST_SEEN_AT), r.get(a.ACKNOWLEDGED_AT), r.get(a.ACKNOWLEDGED_BY),
                r.get(a.CORRECTIVE_ACTION), r.get(a.RESOLVED_AT), r.get(a.RESOLVED_BY), r.get(a.RESOLUTION),
                r.get(a.CLOSED_AT), r.get(a.CLOSED_AS_OF), r.get(a.VERSION), planUnconfirmed);
    }

    private static Map<String, Object> snapshot(AlertView alert) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", alert.status());
        m.put("correctiveAction", alert.correctiveAction());
        m.put("resolution", alert.resolution());
        return m;
    }
}
