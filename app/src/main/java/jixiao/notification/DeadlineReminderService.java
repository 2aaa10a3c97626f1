package jixiao.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.scheduler.DeadlineReminders;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.UNIT;
import static jixiao.db.Tables.USER_UNIT;

/**
 * Deadline reminders (what the daily Quartz job runs): for each number N of {@code jixiao.notifications.deadline-days}
 * (5 and 1 by default), the bureau clerks of every unit with a project that has not handed in its report of a period
 * whose deadline is N days from today are told once, with how many projects are missing. One INSERT … SELECT per N;
 * the event key {@code DEADLINE:<period>:<N>:<unit>} makes a second firing the same day (or on another instance)
 * tell nobody again.
 */
@Singleton
class DeadlineReminderService implements DeadlineReminders {

    private static final List<String> HANDED_IN = List.of("SUBMITTED", "APPROVED");

    private final DSLContext db;
    private final Notifications notifications;
    private final NotificationSettings settings;
    private final Clock clock;

    DeadlineReminderService(DSLContext db, Notifications notifications, NotificationSettings settings, Clock clock) {
        this.db = db;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        for (int days : settings.getDeadlineDays().stream().distinct().toList()) {
            told += remind(days, today.plusDays(days));
        }
        return told;
    }

    private int remind(int days, LocalDate deadline) {
        var rp = REPORTING_PERIOD;
        var p = BUDGET_PROJECT;
        var r = PERIOD_REPORT;
        String prefix = NotificationKind.DEADLINE.name() + ":";
        Field<Integer> missing = DSL.countDistinct(p.ID);
        return notifications.write(prefix, db.select(APP_USER.ID, DSL.inline(NotificationKind.DEADLINE.name()),
                        DSL.concat(DSL.inline(prefix), rp.CODE, DSL.inline(":" + days + ":"), UNIT.CODE),
                        DSL.concat(rp.LABEL, DSL.inline(Messages.text("notification.deadline.title", days, deadline.toString()))),
                        DSL.concat(UNIT.NAME, DSL.inline(Messages.text("notification.deadline.missing")), missing.cast(String.class),
                                DSL.inline(Messages.text("notification.deadline.projects"))),
                        DSL.concat(DSL.inline("/reports/units/"), UNIT.CODE, DSL.inline("/"), rp.CODE),
                        UNIT.CODE, DSL.inline((Long) null), rp.CODE)
                .from(rp).join(p).on(p.FISCAL_YEAR.eq(rp.FISCAL_YEAR))
                .join(UNIT).on(UNIT.ID.eq(p.UNIT_ID))
                .leftJoin(r).on(r.PROJECT_ID.eq(p.ID).and(r.PERIOD_ID.eq(rp.ID)).and(r.STATUS.in(HANDED_IN)))
                .join(USER_UNIT).on(USER_UNIT.UNIT_ID.eq(UNIT.ID))
                .join(APP_USER).on(APP_USER.ID.eq(USER_UNIT.USER_ID).and(Notifications.BUREAU_CLERK))
                .where(rp.DEADLINE.eq(deadline)).and(r.ID.isNull())
                .groupBy(APP_USER.ID, UNIT.ID, UNIT.CODE, UNIT.NAME, rp.ID, rp.CODE, rp.LABEL));
    }
}
