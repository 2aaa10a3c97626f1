package jixiao.reporting;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import jixiao.audit.AuditTrail;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.common.Problem;
import jixiao.project.SpendPlan;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.UNIT;

/**
 * Finance's bulk entry of spending: a file of payments or of cumulative spend per project fills the
 * cumulative spend of the matching projects' reports for one period, all in one transaction.
 *
 * <p>A row names its project by 项目ID, by 项目编码 (unique within the year), or by 单位编码 and
 * 项目名称 (for tables published without codes). Rows that match no project of the period's year
 * are listed and left out; rows dated after the period end are listed and not counted. Anything
 * else wrong (an unreadable date or amount, a date outside the year, spend above the budget, a
 * decrease without a reason in 说明, an approved report) is an error that names its row, and then
 * nothing is stored.
 */
@Singleton
public class SpendUpload {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final ReportingPeriods periods;
    private final ReportingRepositories.Reports reports;
    private final AuditTrail audit;
    private final DSLContext db;
    private final Clock clock;

    SpendUpload(ReportingPeriods periods, ReportingRepositories.Reports reports, AuditTrail audit, DSLContext db, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.audit = audit;
        this.db = db;
        this.clock = clock;
    }

    /** A project of the period's year the caller may see. */
    private record Candidate(long id, String code, String name, long unitId, String unitCode, String unitName, BigDecimal budgetYuan) {
    }

    /** The project's report for the period as it is now. */
    private record Existing(ReportStatus status, BigDecimal spentYuan, BigDecimal adjustedBudgetYuan) {
    }

    /** Which project a row names: found, not found (left out), or named inconsistently (an error). */
    private record Match(Candidate project, String notFound, String problem) {
    }

    /** The projects a row may name, by each way of naming them. */
    private static final class Candidates {
        final int year;
        final Map<Long, Candidate> byId = new HashMap<>();
        final Map<String, Candidate> byCode = new HashMap<>();
        final Map<String, Candidate> byUnitAndName = new HashMap<>();

        Candidates(int year, List<Candidate> all) {
            this.year = year;
            for (Candidate c : all) {
                byId.put(c.id(), c);
                if (c.code() != null) {
                    byCode.put(c.code(), c);
                }
                byUnitAndName.put(key(c.unitCode(), c.name()), c);
            }
        }

        /** By ID or code (both given: they must agree), else by unit code and name. */
        Match identify(String id, String code, String unitCode, String name) {
            Candidate viaId = id == null ? null : byId.get(parseId(id));
            Candidate viaCode = code == null ? null : byCode.get(code);
            if (id != null && code != null) {
                if (viaId == null && viaCode == null) {
                    return notFound(Messages.text("reporting.upload.row.idUnknown", id, year));
                }
                if (viaId == null || viaCode == null || viaId.id() != viaCode.id()) {
                    return new Match(null, null, Messages.text("reporting.upload.row.idCodeDisagree", id, code));
                }
                return found(viaId);
            }
            if (id != null) {
                return viaId != null ? found(viaId) : notFound(Messages.text("reporting.upload.row.idUnknown", id, year));
            }
            if (code != null) {
                return viaCode != null ? found(viaCode) : notFound(Messages.text("reporting.upload.row.codeUnknown", code, year));
            }
            if (unitCode == null || name == null) {
                return new Match(null, null, Messages.text("reporting.upload.row.noProject"));
            }
            Candidate viaName = byUnitAndName.get(key(unitCode, name));
            return viaName != null ? found(viaName) : notFound(Messages.text("reporting.upload.row.nameUnknown", unitCode, name, year));
        }

        private static Match found(Candidate c) {
            return new Match(c, null, null);
        }

        private static Match notFound(String why) {
            return new Match(null, why, null);
        }

        /** Names are compared without spaces: tables break long names over lines. */
        private static String key(String unitCode, String name) {
            return unitCode.strip() + "\u0000" + name.replaceAll("\\s+", "");
        }
    }

    /** What the counted rows of one project add up to. */
    private static final class Tally {
        final Candidate project;
        final List<Integer> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        LocalDate latest;
        BigDecimal latestAmount;
        int latestLine;
        String note;

        Tally(Candidate project) {
            this.project = project;
        }

        BigDecimal spent(SpendKind kind) {
            return kind == SpendKind.PAYMENTS ? sum : latestAmount;
        }

        String lineList() {
            return lines.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
    }

    /** The rows read so far: what became of each, the projects' tallies, the errors. */
    private static final class Reading {
        final Map<Long, Tally> tallies = new LinkedHashMap<>();
        final List<SpendUploadResult.LineView> lines = new ArrayList<>();
        final List<Problem> errors = new ArrayList<>();

        int count(String outcome) {
            return (int) lines.stream().filter(l -> l.outcome().equals(outcome)).count();
        }
    }

    /**
     * Reads the file and checks it; with {@code store}, and only when there is no error, writes the
     * spend figures. The result lists what was (or would be) done.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public SpendUploadResult upload(Caller caller, String periodCode, String kindText, String filename, byte[] content, boolean store) {
        if (!caller.isFinance()) {
            throw new ForbiddenException(Messages.text("reporting.upload.financeOnly"));
        }
        ReportingPeriod period = periods.require(periodCode);
        SpendKind kind = SpendKind.parse(kindText).orElseThrow(() ->
                new InvalidInputException("kind", Messages.text("reporting.upload.kindInvalid", kindText == null ? "" : kindText)));
        String name = filename == null || filename.isBlank() ? Messages.text("reporting.upload.unnamed") : filename.strip();
        SpendFile.Read file = SpendFile.read(name, content);
        Reading reading = new Reading();
        file.problems().forEach(p -> reading.errors.add(new Problem("file", p)));
        if (file.problems().isEmpty() && file.lines().isEmpty()) {
            reading.errors.add(new Problem("file", Messages.text("reporting.upload.noRows", name)));
        }
        Candidates candidates = new Candidates(period.fiscalYear(), candidates(caller, period.fiscalYear()));
        for (SpendFile.Line line : file.lines()) {
            read(line, kind, period, candidates, reading);
        }
        Map<Long, BigDecimal> previousSpend = new HashMap<>();
        Map<Long, String> previousLabel = new HashMap<>();
        previous(period, reading.tallies.keySet(), previousSpend, previousLabel);
        List<SpendUploadResult.ProjectSpend> projects = check(reading, kind, period, previousSpend, previousLabel);
        boolean write = store && reading.errors.isEmpty() && !reading.tallies.isEmpty();
        if (write) {
            write(caller, period, reading.tallies, kind, previousSpend);
        }
        return new SpendUploadResult(period.code(), period.label(), kind.name(), kind.label(), name, reading.lines, projects,
                reading.errors, reading.count("COUNTED"), reading.count("UNMATCHED"), reading.count("SKIPPED"), write);
    }

    /** One row: an error, not matched, after the period end, or counted towards its project. */
    private static void read(SpendFile.Line line, SpendKind kind, ReportingPeriod period, Candidates candidates, Reading reading) {
        String id = line.get(SpendFile.Column.ID);
        String code = line.get(SpendFile.Column.CODE);
        String unitCode = line.get(SpendFile.Column.UNIT_CODE);
        String projectName = line.get(SpendFile.Column.NAME);
        String dateText = line.get(SpendFile.Column.DATE);
        String amountText = line.get(SpendFile.Column.AMOUNT);
        int n = line.number();
        List<String> wrong = new ArrayList<>();
        Match match = candidates.identify(id, code, unitCode, projectName);
        if (match.problem() != null) {
            wrong.add(match.problem());
        }
        LocalDate date = date(dateText, period.fiscalYear(), wrong);
        BigDecimal amount = amount(amountText, kind, wrong);
        Candidate project = match.project();
        String outcome;
        String message = null;
        if (!wrong.isEmpty()) {
            outcome = "ERROR";
            message = String.join("；", wrong);
            reading.errors.add(new Problem("line:" + n, Messages.text("reporting.upload.row", n, message)));
        } else if (project == null) {
            outcome = "UNMATCHED";
            message = match.notFound();
        } else if (date.isAfter(period.periodEnd())) {
            outcome = "SKIPPED";
            message = Messages.text("reporting.upload.row.afterPeriod", date, period.periodEnd());
        } else {
            outcome = "COUNTED";
            Tally tally = reading.tallies.computeIfAbsent(project.id(), k -> new Tally(project));
            tally.lines.add(n);
            String note = line.get(SpendFile.Column.NOTE);
            if (tally.note == null && note != null) {
                tally.note = note;
            }
            if (kind == SpendKind.PAYMENTS) {
                tally.sum = tally.sum.add(amount);
            } else if (tally.latest == null || date.isAfter(tally.latest)) {
                tally.latest = date;
                tally.latestAmount = amount;
                tally.latestLine = n;
            } else if (date.equals(tally.latest) && amount.compareTo(tally.latestAmount) != 0) {
                outcome = "ERROR";
                message = Messages.text("reporting.upload.row.sameDateDiffers", tally.latestLine, project.name(), date,
                        ReportRules.money(tally.latestAmount), ReportRules.money(amount));
                reading.errors.add(new Problem("line:" + n, Messages.text("reporting.upload.row", n, message)));
            }
        }
        String shown = id != null ? "ID " + id : code != null ? code
                : ((unitCode == null ? "" : unitCode + " ") + (projectName == null ? "" : projectName)).strip();
        reading.lines.add(new SpendUploadResult.LineView(n, shown, dateText, amountText, outcome,
                Messages.text("reporting.upload.outcome." + outcome), message, project == null ? null : project.name()));
    }

    /** A row's date, which must lie in the fiscal year; null (and a problem) otherwise. */
    private static LocalDate date(String text, int year, List<String> wrong) {
        if (text == null) {
            wrong.add(Messages.text("reporting.upload.row.dateMissing"));
            return null;
        }
        LocalDate date = date(text);
        if (date == null) {
            wrong.add(Messages.text("reporting.upload.row.dateInvalid", text));
        } else if (date.getYear() != year) {
            wrong.add(Messages.text("reporting.upload.row.dateOutsideYear", date, year));
        }
        return date;
    }

    /** A row's amount in 元; payments may be negative (冲销), cumulative figures may not. */
    private static BigDecimal amount(String text, SpendKind kind, List<String> wrong) {
        if (text == null) {
            wrong.add(Messages.text("reporting.upload.row.amountMissing"));
            return null;
        }
        BigDecimal amount = Numbers.parse(text.replace("元", "").replace("¥", "").replace("￥", "").strip());
        if (amount == null) {
            wrong.add(Messages.text("reporting.upload.row.amountInvalid", text));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            wrong.add(Messages.text("reporting.upload.row.amountTooPrecise", text));
        } else if (kind == SpendKind.CUMULATIVE && amount.signum() < 0) {
            wrong.add(Messages.text("reporting.upload.row.amountNegative", text));
        } else if (amount.abs().compareTo(ReportRules.AMOUNT_LIMIT) >= 0) {
            wrong.add(Messages.text("reporting.upload.row.amountTooLarge", text));
        } else {
            return amount.setScale(2);
        }
        return null;
    }

    /** Each matched project's new spend, checked against its report, budget and previous period. */
    private List<SpendUploadResult.ProjectSpend> check(Reading reading, SpendKind kind, ReportingPeriod period,
                                                       Map<Long, BigDecimal> previousSpend, Map<Long, String> previousLabel) {
        Map<Long, Existing> existing = existing(period, reading.tallies.keySet());
        List<SpendUploadResult.ProjectSpend> projects = new ArrayList<>();
        for (Tally t : reading.tallies.values()) {
            Candidate p = t.project;
            Existing now = existing.get(p.id());
            BigDecimal spent = t.spent(kind);
            BigDecimal budget = now != null && now.adjustedBudgetYuan() != null ? now.adjustedBudgetYuan() : p.budgetYuan();
            BigDecimal previous = previousSpend.get(p.id());
            String where = t.lineList();
            String field = "project:" + p.id();
            if (now != null && now.status() == ReportStatus.APPROVED) {
                reading.errors.add(new Problem(field, Messages.text("reporting.upload.approved", p.name(), period.code(), where)));
            }
            if (spent.signum() < 0) {
                reading.errors.add(new Problem(field, Messages.text("reporting.upload.negativeTotal", p.name(), ReportRules.money(spent), where)));
            } else if (spent.compareTo(budget) > 0) {
                reading.errors.add(new Problem(field, Messages.text("reporting.upload.overBudget", p.name(),
                        ReportRules.money(spent), ReportRules.money(budget), where)));
            }
            boolean decreased = previous != null && spent.compareTo(previous) < 0;
            if (decreased && t.note == null) {
                reading.errors.add(new Problem(field, Messages.text("reporting.upload.decreaseNeedsReason", p.name(),
                        ReportRules.money(spent), previousLabel.get(p.id()), ReportRules.money(previous), where)));
            }
            SpendProgress figures = SpendProgress.of(SpendPlan.none(), period.fiscalYear(), period.periodEnd(), budget, spent);
            String status = now == null ? ReportOverviews.NOT_REPORTED : now.status().name();
            projects.add(new SpendUploadResult.ProjectSpend(p.id(), p.code(), p.name(), p.unitCode(), p.unitName(), t.lines.size(),
                    ReportRules.money(previous), now == null ? null : ReportRules.money(now.spentYuan()), ReportRules.money(spent),
                    ReportRules.money(budget), figures.executionPercent() == null ? null : figures.executionPercent().toPlainString(),
                    status, ReportOverviews.label(status), decreased ? t.note : null));
        }
        return projects;
    }

    private void write(Caller caller, ReportingPeriod period, Map<Long, Tally> tallies, SpendKind kind, Map<Long, BigDecimal> previousSpend) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Tally t : tallies.values()) {
            Candidate p = t.project;
            BigDecimal spent = t.spent(kind);
            BigDecimal previous = previousSpend.get(p.id());
            String reason = previous != null && spent.compareTo(previous) < 0 ? t.note : null;
            PeriodReport current = reports.findByProjectIdAndPeriodId(p.id(), period.id()).orElse(null);
            try {
                if (current == null) {
                    PeriodReport saved = reports.save(PeriodReport.blank(p.id(), period.id(), now).withFigures(spent, null, reason, now));
                    audit.created(caller, PeriodReportService.record(saved.id(), p.name(), period, p.unitId()), figures(saved));
                } else {
                    PeriodReport saved = reports.update(current.withFigures(spent, current.adjustedBudgetYuan(), reason, now));
                    audit.updated(caller, PeriodReportService.record(saved.id(), p.name(), period, p.unitId()), figures(current), figures(saved));
                }
            } catch (DataAccessException e) {
                if (!(e instanceof OptimisticLockException) && reports.findByProjectIdAndPeriodId(p.id(), period.id()).isEmpty()) {
                    throw e;
                }
                throw new ConflictException(Messages.text("reporting.upload.changedMeanwhile", p.name()), null);
            }
        }
    }

    private static Map<String, Object> figures(PeriodReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spentYuan", ReportRules.money(r.spentYuan()));
        m.put("spendDecreaseReason", r.spendDecreaseReason());
        return m;
    }

    private List<Candidate> candidates(Caller caller, int year) {
        return db.select(BUDGET_PROJECT.ID, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, UNIT.ID, UNIT.CODE, UNIT.NAME, BUDGET_PROJECT.BUDGET_YUAN)
                .from(BUDGET_PROJECT).join(UNIT).on(UNIT.ID.eq(BUDGET_PROJECT.UNIT_ID))
                .where(BUDGET_PROJECT.FISCAL_YEAR.eq(year))
                .and(UnitScope.visibleTo(caller, BUDGET_PROJECT.UNIT_ID))
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    private Map<Long, Existing> existing(ReportingPeriod period, Collection<Long> projectIds) {
        Map<Long, Existing> out = new HashMap<>();
        db.select(PERIOD_REPORT.PROJECT_ID, PERIOD_REPORT.STATUS, PERIOD_REPORT.SPENT_YUAN, PERIOD_REPORT.ADJUSTED_BUDGET_YUAN)
                .from(PERIOD_REPORT)
                .where(PERIOD_REPORT.PERIOD_ID.eq(period.id())).and(PERIOD_REPORT.PROJECT_ID.in(projectIds))
                .forEach(r -> out.put(r.value1(), new Existing(ReportStatus.valueOf(r.value2()), r.value3(), r.value4())));
        return out;
    }

    /** Each project's spend in the latest earlier period of the year that has one. */
    private void previous(ReportingPeriod period, Collection<Long> projectIds, Map<Long, BigDecimal> spend, Map<Long, String> label) {
        db.select(PERIOD_REPORT.PROJECT_ID, REPORTING_PERIOD.LABEL, PERIOD_REPORT.SPENT_YUAN)
                .from(PERIOD_REPORT).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_REPORT.PERIOD_ID))
                .where(PERIOD_REPORT.PROJECT_ID.in(projectIds))
                .and(REPORTING_PERIOD.FISCAL_YEAR.eq(period.fiscalYear()))
                .and(REPORTING_PERIOD.END_MONTH.lt(period.endMonth()))
                .and(PERIOD_REPORT.SPENT_YUAN.isNotNull())
                .orderBy(REPORTING_PERIOD.END_MONTH)
                .forEach(r -> {
                    spend.put(r.value1(), r.value3());
                    label.put(r.value1(), r.value2());
                });
    }

    /** A project ID (Excel may have made 17 into 17.0); -1, which no project has, when it is not a number. */
    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip().replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static LocalDate date(String text) {
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
