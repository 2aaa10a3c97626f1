package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.common.Messages;
import jixiao.common.Numbers;
import jixiao.indicatorvalue.Grade;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectDetails.IndicatorView;
import jixiao.project.SpendPlan;
import jixiao.project.SpendPlan.Checkpoint;
import jixiao.web.Chart;
import jixiao.web.ChartJson;
import jixiao.web.ChartView;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.SPEND_PLAN_POINT;

/**
 * A project's progress through its year for the project page: cumulative spend against its 资金支出计划 at
 * each checkpoint, and how far each indicator is against what is expected by the latest report. Only handed-in
 * reports count, as in monitoring; the indicator lights are {@link MonitoringRules}' own, judged at the end of
 * the report's period as a monitoring run judges them, so the page never shows a light a run would not.
 */
@Singleton
public class ProjectProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One checkpoint: a reporting period of the year, or a month of the spend plan that is none.
     *
     * @param plannedPercent  the plan's cumulative % at the month end (time elapsed without a plan), 2 decimals
     * @param spent           the cumulative spend handed in for the period, in the project's money unit; null
     *                        without a handed-in report
     * @param executedPercent spend ÷ budget in force (adjusted where the report adjusts it), 2 decimals
     */
    public record SpendPoint(String label, BigDecimal plannedPercent, @Nullable BigDecimal spent,
                             @Nullable BigDecimal executedPercent) {
    }

    /**
     * One indicator with a number in the latest handed-in report.
     *
     * @param expected        what was expected by the period end (the prorated target, a held target, or the
     *                        limit of a reverse indicator)
     * @param progressPercent actual ÷ expected in %; null when nothing was expected (a limit of 0)
     */
    public record IndicatorBar(long indicatorId, String name, String target, BigDecimal expected, BigDecimal actual,
                               String unit, @Nullable BigDecimal progressPercent, Light light, String lightLabel,
                               boolean limit) {
    }

    /**
     * @param indicatorPeriod the period of the report the indicators come from; null without a handed-in report
     */
    public record View(String moneyUnit, List<SpendPoint> spend, @Nullable String indicatorPeriod,
                       List<IndicatorBar> indicators, ChartView spendChart, ChartView indicatorChart) {
    }

    private final DSLContext db;
    private final MonitoringSettings settings;
    private final ChartJson charts;

    ProjectProgress(DSLContext db, MonitoringSettings settings, ChartJson charts) {
        this.db = db;
        this.settings = settings;
        this.charts = charts;
    }

    /** For a project the caller may see (the page has checked it). */
    @Transactional(readOnly = true)
    public View of(ProjectDetails project) {
        long id = project.id();
        int year = project.year();
        Record money = db.select(BUDGET_PROJECT.BUDGET_YUAN, BUDGET_PROJECT.MONEY_UNIT).from(BUDGET_PROJECT)
                .where(BUDGET_PROJECT.ID.eq(id)).fetchSingle();
        BigDecimal budgetYuan = money.get(BUDGET_PROJECT.BUDGET_YUAN);
        MoneyUnit unit = MoneyUnit.valueOf(money.get(BUDGET_PROJECT.MONEY_UNIT));
        SpendPlan plan = new SpendPlan(db.select(SPEND_PLAN_POINT.MONTH, SPEND_PLAN_POINT.PERCENT).from(SPEND_PLAN_POINT)
                .where(SPEND_PLAN_POINT.PROJECT_ID.eq(id)).fetch(r -> new Checkpoint(r.value1(), r.value2())));

        var report = PERIOD_REPORT;
        var periods = db.select(REPORTING_PERIOD.END_MONTH, REPORTING_PERIOD.LABEL, REPORTING_PERIOD.PERIOD_END,
                        report.ID, report.SPENT_YUAN, report.ADJUSTED_BUDGET_YUAN)
                .from(REPORTING_PERIOD)
                .leftJoin(report).on(report.PERIOD_ID.eq(REPORTING_PERIOD.ID).and(report.PROJECT_ID.eq(id))
                        .and(report.STATUS.in(SweepStore.COUNTED)))
                .where(REPORTING_PERIOD.FISCAL_YEAR.eq(year))
                .orderBy(REPORTING_PERIOD.PERIOD_END)
                .fetch();

        // by month end: the periods, then the plan's own checkpoints no period ends at
        TreeMap<Integer, SpendPoint> points = new TreeMap<>();
        Long latestReport = null;
        LocalDate latestEnd = null;
        BigDecimal latestExecuted = null;
        String latestLabel = null;
        for (Record r : periods) {
            int month = r.get(REPORTING_PERIOD.END_MONTH);
            LocalDate end = r.get(REPORTING_PERIOD.PERIOD_END);
            BigDecimal spent = r.get(report.SPENT_YUAN);
            BigDecimal budget = r.get(report.ADJUSTED_BUDGET_YUAN) != null ? r.get(report.ADJUSTED_BUDGET_YUAN) : budgetYuan;
            BigDecimal executed = spent == null || budget == null || budget.signum() <= 0 ? null
                    : spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
            points.put(month, new SpendPoint(r.get(REPORTING_PERIOD.LABEL), Numbers.round2(plan.plannedPercentAt(year, end)),
                    spent == null ? null : unit.fromYuan(spent), executed));
            if (r.get(report.ID) != null) {
                latestReport = r.get(report.ID);
                latestEnd = end;
                latestLabel = r.get(REPORTING_PERIOD.LABEL);
                latestExecuted = spent == null || budget == null || budget.signum() <= 0 ? null
                        : spent.multiply(HUNDRED).divide(budget, SpendPlan.SCALE, RoundingMode.HALF_UP);
            }
        }
        for (Checkpoint c : plan.checkpoints()) {
            if (c.month() >= 1 && c.month() <= 12 && !points.containsKey(c.month())) {
                LocalDate end = YearMonth.of(year, c.month()).atEndOfMonth();
                points.put(c.month(), new SpendPoint(SpendPlan.label(c.month()),
                        Numbers.round2(plan.plannedPercentAt(year, end)), null, null));
            }
        }
        List<SpendPoint> spend = List.copyOf(points.values());
        List<IndicatorBar> indicators = latestReport == null ? List.of()
                : indicators(project.indicators(), latestReport, new MonitoringRules(settings.rulebook(), year, latestEnd),
                        latestExecuted);
        return new View(unit.label(), spend, latestLabel, indicators,
                charts.view("chart-project-spend", spendChart(spend)),
                charts.view("chart-project-indicators", indicatorChart(indicators)));
    }

    private List<IndicatorBar> indicators(List<IndicatorView> indicators, long reportId, MonitoringRules rules,
                                          BigDecimal executedPercent) {
        Map<Long, IndicatorProgress> reported = new HashMap<>();
        db.select(INDICATOR_PROGRESS.INDICATOR_ID, INDICATOR_PROGRESS.CURRENT_VALUE, INDICATOR_PROGRESS.GRADE,
                        INDICATOR_PROGRESS.LIKELIHOOD)
                .from(INDICATOR_PROGRESS).where(INDICATOR_PROGRESS.REPORT_ID.eq(reportId))
                .forEach(r -> reported.put(r.value1(), new IndicatorProgress(r.value2(),
                        r.value3() == null ? null : Grade.valueOf(r.value3()),
                        r.value4() == null ? null : Likelihood.valueOf(r.value4()))));
        List<IndicatorBar> bars = new ArrayList<>();
        for (IndicatorView i : indicators) {
            IndicatorProgress progress = reported.get(i.id());
            if (progress == null || progress.currentValue() == null) {
                continue;
            }
            rules.evaluateIndicator(i.name(), i.targetValue(), progress, executedPercent).stream()
                    .filter(f -> (f.rule() == AlertRule.INDICATOR_PROGRESS || f.rule() == AlertRule.INDICATOR_LIMIT)
                            && f.expected() != null && f.actual() != null)
                    .findFirst()
                    .ifPresent(f -> bars.add(bar(i, f)));
        }
        return bars;
    }

    private static IndicatorBar bar(IndicatorView i, Finding f) {
        boolean limit = f.rule() == AlertRule.INDICATOR_LIMIT;
        BigDecimal progress = f.ratio() != null ? f.ratio()
                : f.expected().signum() > 0 ? f.actual().multiply(HUNDRED).divide(f.expected(), 2, RoundingMode.HALF_UP) : null;
        String unit = i.targetValue().unit() == null ? "" : i.targetValue().unit();
        return new IndicatorBar(i.id(), i.name(), i.target(), Numbers.normalized(f.expected()), Numbers.normalized(f.actual()),
                unit, progress, f.light(), f.light().label(), limit);
    }

    private static Chart spendChart(List<SpendPoint> spend) {
        return Chart.of(Messages.text("chart.project.spend.title"), "%", spend.stream().map(SpendPoint::label).toList(), List.of(
                Chart.Series.line(Messages.text("chart.project.spend.planned"), "muted",
                        spend.stream().map(SpendPoint::plannedPercent).toList()),
                Chart.Series.line(Messages.text("chart.project.spend.executed"), "accent",
                        spend.stream().map(SpendPoint::executedPercent).toList())));
    }

    private static Chart indicatorChart(List<IndicatorBar> bars) {
        Chart.Series series = new Chart.Series(Messages.text("chart.project.indicators.progress"), "bar", null, null,
                bars.stream().map(IndicatorBar::progressPercent).toList(),
                bars.stream().map(b -> b.light().name()).toList());
        return Chart.of(Messages.text("chart.project.indicators.title"), "%", bars.stream().map(IndicatorBar::name).toList(),
                List.of(series)).withReference(HUNDRED, Messages.text("chart.project.indicators.expected"));
    }
}
