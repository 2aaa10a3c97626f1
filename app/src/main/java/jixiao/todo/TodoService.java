package jixiao.todo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.notification.NotificationSettings;
import jixiao.scheduler.MonitoringScheduleSettings;
import org.jooq.Record;
import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import static jixiao.db.Tables.MONITORING_RUN;

/**
 * What the caller must do now, by role, most urgent first (see {@link TodoKind} for the order). A bureau clerk:
 * its units' reports overdue, returned and due, alerts to acknowledge, self-evaluations returned and to fill.
 * Finance: units with overdue reports, reports and evaluations awaiting review, open red alerts without 整改措施,
 * and the monitoring schedule. An administrator: locked accounts and clerks without a unit, then what finance sees
 * (an administrator may review too). "Today" is the application clock's date.
 */
@Singleton
public class TodoService {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TodoQueries queries;
    private final NotificationSettings settings;
    private final MonitoringScheduleSettings monitoringSchedule;
    private final Clock clock;

    TodoService(TodoQueries queries, NotificationSettings settings, MonitoringScheduleSettings monitoringSchedule, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.monitoringSchedule = monitoringSchedule;
        this.clock = clock;
    }

    /**
     * Each kind of line is one query limited to {@code jixiao.notifications.todo-limit} lines, its most urgent:
     * a flood of one kind (hundreds of reports awaiting review) never pushes another kind off the list.
     */
    @Transactional(readOnly = true)
    public TodoList of(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        int limit = Math.max(1, settings.getTodoLimit());
        TodoQueries.Window w = new TodoQueries.Window(today, today.minusDays(settings.getTodoOverdueDays()),
                today.plusDays(settings.getTodoDueDays()), limit + 1);
        List<List<TodoItem>> kinds = new ArrayList<>();
        switch (caller.role()) {
            case BUREAU -> {
                if (!caller.unitIds().isEmpty()) {
                    kinds.add(queries.reportsDue(caller.unitIds(), w));
                    kinds.add(queries.reportsReturned(caller.unitIds(), w));
                    kinds.add(queries.alertsToAcknowledge(caller.unitIds(), w));
                    kinds.add(queries.evaluationsToFill(caller.unitIds(), w));
                }
            }
            case ADMIN -> {
                kinds.add(queries.lockedAccounts(LocalDateTime.now(clock), w));
                kinds.add(queries.usersWithoutUnits(w));
                kinds.addAll(finance(w));
            }
            case FINANCE -> kinds.addAll(finance(w));
        }
        List<TodoItem> items = new ArrayList<>();
        boolean truncated = false;
        for (List<TodoItem> kind : kinds) {
            truncated |= kind.size() > limit;
            items.addAll(kind.size() > limit ? kind.subList(0, limit) : kind);
        }
        items.sort(TodoItem.URGENCY);
        return new TodoList(today, List.copyOf(items), truncated, limit);
    }

    private List<List<TodoItem>> finance(TodoQueries.Window w) {
        return List.of(queries.unitsOverdue(w), queries.reportsToReview(w), queries.evaluationsToReview(w),
                queries.redAlertsWithoutAction(w), List.of(monitoring()));
    }

    /** The last run and when the next is due by the configured schedule. */
    private TodoItem monitoring() {
        Record last = queries.lastRun();
        String next = nextScheduledRun().map(t -> t.format(MINUTE)).orElse(Messages.text("todo.run.noSchedule"));
        String title;
        if (last == null) {
            title = Messages.text("todo.title.noRun", next);
        } else {
            LocalDateTime at = last.get(MONITORING_RUN.FINISHED_AT) != null ? last.get(MONITORING_RUN.FINISHED_AT)
                    : last.get(MONITORING_RUN.QUEUED_AT);
            title = Messages.text("todo.title.lastRun", last.get(MONITORING_RUN.AS_OF).toString(),
                    Messages.text("monitoring.runStatus." + last.get(MONITORING_RUN.STATUS)), at.format(MINUTE), next);
        }
        return new TodoItem(TodoKind.MONITORING_RUN, title, null, null, null, null, "/monitoring", null, null, null, null);
    }

    /** The earliest next firing of the configured monitoring crons, in the application's zone. */
    Optional<ZonedDateTime> nextScheduledRun() {
        Date now = Date.from(clock.instant());
        Date earliest = null;
        for (String cron : monitoringSchedule.getCrons()) {
            try {
                CronExpression expression = new CronExpression(cron);
                expression.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
                Date next = expression.getNextValidTimeAfter(now);
                if (next != null && (earliest == null || next.before(earliest))) {
                    earliest = next;
                }
            } catch (ParseException e) {
                // an invalid cron fails the scheduler's start-up already; nothing to add here
            }
        }
        return Optional.ofNullable(earliest).map(d -> d.toInstant().atZone(clock.getZone()));
    }
}
