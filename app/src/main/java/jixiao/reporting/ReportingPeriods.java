package jixiao.reporting;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.project.FiscalYearSetup;
import jixiao.project.ProjectRules;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.FISCAL_YEAR;
import static jixiao.db.Tables.MONITORING_ALERT;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;

/**
 * The reporting periods of each fiscal year. A year gets the configured default periods when its
 * first project is stored (see {@link FiscalYearSetup}), and whenever anything else needs them
 * first: a monitoring run, a report, a look at the periods. Finance adds periods and moves
 * deadlines afterwards.
 *
 * <p>Transactions read committed data: a year's defaults created by a concurrent request are seen
 * at once, and the unique period code makes creating them twice harmless.
 */
@Singleton
public class ReportingPeriods implements FiscalYearSetup {

    static final int MIN_YEAR = ProjectRules.MIN_YEAR;
    static final int MAX_YEAR = ProjectRules.MAX_YEAR;
    private static final int MAX_LABEL = 50;

    private final ReportingRepositories.Periods periods;
    private final ReportingCalendar calendar;
    private final AuditTrail audit;
    private final DSLContext db;
    private final Clock clock;

    ReportingPeriods(ReportingRepositories.Periods periods, ReportingSettings settings, AuditTrail audit, DSLContext db, Clock clock) {
        this.periods = periods;
        this.calendar = settings.calendar();
        this.audit = audit;
        this.db = db;
        this.clock = clock;
    }

    /** The periods of {@code year} in month order, creating the defaults if the year has none yet. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public List<ReportingPeriodView> list(Caller caller, int year) {
        return ofYear(requireYear(year)).stream().map(ReportingPeriodView::of).toList();
    }

    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ReportingPeriodView add(Caller caller, Integer year, PeriodInput input) {
        requireFinance(caller);
        if (year == null) {
            throw new InvalidInputException("year", Messages.text("reporting.period.yearRequired"));
        }
        ensureYear(requireYear(year));
        List<Problem> problems = new ArrayList<>();
        Integer month = input.endMonth();
        if (month == null || month < 1 || month > 12) {
            problems.add(new Problem("endMonth", Messages.text("reporting.period.monthInvalid", month == null ? "" : month)));
            throw new InvalidInputException(problems);
        }
        ReportingCalendar.PeriodSpec spec = calendar.spec(year, month, input.label());
        String label = label(spec.label(), problems);
        LocalDate deadline = deadline(input.deadline(), spec.deadline(), spec.periodEnd(), problems);
        if (periods.findByCode(spec.code()).isPresent()) {
            problems.add(new Problem("endMonth", Messages.text("reporting.period.exists", spec.code())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ReportingPeriod saved = periods.save(new ReportingPeriod(null, year, spec.code(), month, label, spec.periodEnd(),
                deadline, now, now));
        audit.created(caller, record(saved), snapshot(saved));
        return ReportingPeriodView.of(saved);
    }

    /** Changes a period's label or deadline; what is not given stays. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ReportingPeriodView update(Caller caller, String code, PeriodInput input) {
        requireFinance(caller);
        ReportingPeriod current = require(code);
        List<Problem> problems = new ArrayList<>();
        String label = input.label() == null || input.label().isBlank() ? current.label() : label(input.label().strip(), problems);
        LocalDate deadline = deadline(input.deadline(), current.deadline(), current.periodEnd(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportingPeriod saved = periods.update(current.with(label, deadline, LocalDateTime.now(clock)));
        audit.updated(caller, record(saved), snapshot(current), snapshot(saved));
        return ReportingPeriodView.of(saved);
    }

    /**
     * Removes a period added by mistake. Only while nothing hangs on it: no report of any project, and no alert
     * a person has acted on (its open "report missing" alerts go with it); a year keeps at least one period, since
     * a year without any gets the defaults again.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public void delete(Caller caller, String code) {
        requireFinance(caller);
        ReportingPeriod period = require(code);
        int reports = db.fetchCount(PERIOD_REPORT, PERIOD_REPORT.PERIOD_ID.eq(period.id()));
        if (reports > 0) {
            throw new ConflictException(Messages.text("reporting.period.hasReports", period.code(), reports), null);
        }
        int handled = db.fetchCount(MONITORING_ALERT, MONITORING_ALERT.PERIOD_ID.eq(period.id())
                .and(MONITORING_ALERT.STATUS.ne("OPEN")));
        if (handled > 0) {
            throw new ConflictException(Messages.text("reporting.period.hasHandledAlerts", period.code(), handled), null);
        }
        if (db.fetchCount(REPORTING_PERIOD, REPORTING_PERIOD.FISCAL_YEAR.eq(period.fiscalYear())) <= 1) {
            throw new ConflictException(Messages.text("reporting.period.lastOfYear", period.code(), period.fiscalYear()), null);
        }
        try {
            db.deleteFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(period.id())).execute();
        } catch (IntegrityConstraintViolationException e) {
            // a report stored for the period between the count and the delete
            throw new ConflictException(Messages.text("reporting.period.hasReports", period.code(), 1), null);
        }
        audit.deleted(caller, record(period), snapshot(period));
    }

    /** The period a code names, its year's defaults created first; refused naming the period field otherwise. */
    ReportingPeriod require(String code) {
        YearMonth ym = ReportingCalendar.parseCode(code).orElseThrow(() ->
                new InvalidInputException("period", Messages.text("reporting.period.codeInvalid", code == null ? "" : code)));
        if (ym.getYear() >= MIN_YEAR && ym.getYear() <= MAX_YEAR) {
            ensureYear(ym.getYear());
        }
        return periods.findByCode(code.strip()).orElseThrow(() -> new InvalidInputException("period",
                Messages.text("reporting.period.unknown", code.strip(), labels(ym.getYear()))));
    }

    /** The period of a project's report: it must exist and belong to the project's fiscal year. */
    ReportingPeriod requireFor(int projectYear, String code) {
        ReportingPeriod period = require(code);
        if (period.fiscalYear() != projectYear) {
            throw new InvalidInputException("period", Messages.text("reporting.period.otherYear", period.code(), projectYear));
        }
        return period;
    }

    List<ReportingPeriod> ofYear(int year) {
        ensureYear(year);
        return periods.findByFiscalYearOrderByEndMonth(year);
    }

    /**
     * Creates the default periods of a year that has none. Two requests doing this at once both
     * insert-or-ignore the same codes, so neither fails and each period exists once.
     */
    @Override
    public void ensureYear(int year) {
        if (db.fetchExists(REPORTING_PERIOD, REPORTING_PERIOD.FISCAL_YEAR.eq(year))) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        db.insertInto(FISCAL_YEAR).set(FISCAL_YEAR.YEAR, year).set(FISCAL_YEAR.CREATED_AT, now).onDuplicateKeyIgnore().execute();
        for (ReportingCalendar.PeriodSpec spec : calendar.defaults(year)) {
            db.insertInto(REPORTING_PERIOD)
                    .set(REPORTING_PERIOD.FISCAL_YEAR, year)
                    .set(REPORTING_PERIOD.CODE, spec.code())
                    .set(REPORTING_PERIOD.END_MONTH, spec.endMonth())
                    .set(REPORTING_PERIOD.LABEL, spec.label())
                    .set(REPORTING_PERIOD.PERIOD_END, spec.periodEnd())
                    .set(REPORTING_PERIOD.DEADLINE, spec.deadline())
                    .set(REPORTING_PERIOD.CREATED_AT, now)
                    .set(REPORTING_PERIOD.UPDATED_AT, now)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /**
     * Creates the default periods of every year that has projects but no periods: projects stored
     * before years got their periods with their first project, or a year whose periods were removed.
     * Monitoring calls this before it picks the year a run is for, so a year's deadlines are never
     * missed because nobody had looked at its periods.
     */
    public void ensureYearsWithProjects() {
        db.selectDistinct(BUDGET_PROJECT.FISCAL_YEAR).from(BUDGET_PROJECT)
                .whereNotExists(DSL.selectOne().from(REPORTING_PERIOD)
                        .where(REPORTING_PERIOD.FISCAL_YEAR.eq(BUDGET_PROJECT.FISCAL_YEAR)))
                .fetch(BUDGET_PROJECT.FISCAL_YEAR)
                .forEach(this::ensureYear);
    }

    private String labels(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Messages.text("common.none");
        }
        List<String> codes = periods.findByFiscalYearOrderByEndMonth(year).stream().map(p -> p.code() + " " + p.label()).toList();
        return codes.isEmpty() ? Messages.text("common.none") : String.join("、", codes);
    }

    private static int requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException("year", Messages.text("reporting.period.yearRange", year, MIN_YEAR, MAX_YEAR));
        }
        return year;
    }

    private static void requireFinance(Caller caller) {
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("reporting.period.financeOnly"));
        }
    }

    private static String label(String label, List<Problem> problems) {
        if (label.length() > MAX_LABEL) {
            problems.add(new Problem("label", Messages.text("reporting.period.labelTooLong", MAX_LABEL)));
        }
        return label;
    }

    private static LocalDate deadline(String text, LocalDate fallback, LocalDate periodEnd, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem("deadline", Messages.text("reporting.period.deadlineInvalid", text.strip())));
            return fallback;
        }
        if (deadline.isBefore(periodEnd)) {
            problems.add(new Problem("deadline", Messages.text("reporting.period.deadlineBeforeEnd", deadline, periodEnd)));
        }
        return deadline;
    }

    private static AuditedRecord record(ReportingPeriod p) {
        return new AuditedRecord("REPORTING_PERIOD", p.id(), p.code() + " " + p.label(), null);
    }

    private static Map<String, Object> snapshot(ReportingPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.code());
        m.put("label", p.label());
        m.put("periodEnd", p.periodEnd());
        m.put("deadline", p.deadline());
        return m;
    }
}
