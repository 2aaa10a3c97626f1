package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a project's period reports (执行情况填报) of its year say at year end, to pre-fill the 自评表.
 *
 * <p>A report counts when it is the 12月底 report, whatever its state (it is the bureau's own year-end
 * figure and the evaluator confirms it anyway), or when it was submitted or approved; drafts and returned
 * reports of earlier periods do not. Among those the 12月底 report comes first, then the latest period.
 * Spend, the adjusted budget and each indicator's value are taken from the first counting report that
 * has them, and every value says which report it came from.
 *
 * @param adjustedBudgetYuan 调整后预算, null when no counting report adjusted the budget
 * @param spentYuan          全年执行数, null when no counting report gave a spend
 * @param actuals            by indicator id
 */
public record YearEndFigures(BigDecimal adjustedBudgetYuan, String budgetSource, BigDecimal spentYuan,
                             String spendSource, Map<Long, Actual> actuals) {

    static final YearEndFigures NONE = new YearEndFigures(null, null, null, null, Map.of());

    private static final int YEAR_END_MONTH = 12;
    private static final Set<String> COUNTING_STATES = Set.of("SUBMITTED", "APPROVED");

    /** An indicator's latest reported value (quantitative) and grade (qualitative), each with its report. */
    public record Actual(BigDecimal value, String valueSource, Grade grade, String gradeSource) {
    }

    /** A period report as stored. */
    public record Report(long id, int endMonth, LocalDate periodEnd, String periodLabel, String status,
                         BigDecimal spentYuan, BigDecimal adjustedBudgetYuan) {
    }

    /** An indicator's progress in a report as stored; grade is the stored code (ACHIEVED…). */
    public record Progress(long reportId, long indicatorId, BigDecimal currentValue, String grade) {
    }

    public static YearEndFigures of(Collection<Report> reports, Collection<Progress> progress) {
        List<Report> counting = reports.stream()
                .filter(r -> counts(r.endMonth(), r.status()))
                .sorted(Comparator.comparing((Report r) -> r.endMonth() != YEAR_END_MONTH)
                        .thenComparing(Report::periodEnd, Comparator.reverseOrder()))
                .toList();
        Report spend = counting.stream().filter(r -> r.spentYuan() != null).findFirst().orElse(null);
        Report budget = counting.stream().filter(r -> r.adjustedBudgetYuan() != null).findFirst().orElse(null);

        Map<Long, Report> byId = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < counting.size(); i++) {
            byId.put(counting.get(i).id(), counting.get(i));
            rank.put(counting.get(i).id(), i);
        }
        Map<Long, List<Progress>> byIndicator = progress.stream()
                .filter(p -> rank.containsKey(p.reportId()))
                .sorted(Comparator.comparing(p -> rank.get(p.reportId())))
                .collect(Collectors.groupingBy(Progress::indicatorId));
        Map<Long, Actual> actuals = new HashMap<>();
        byIndicator.forEach((indicatorId, rows) -> {
            Progress withValue = rows.stream().filter(p -> p.currentValue() != null).findFirst().orElse(null);
            Progress withGrade = rows.stream().filter(p -> grade(p) != null).findFirst().orElse(null);
            actuals.put(indicatorId, new Actual(
                    withValue == null ? null : withValue.currentValue(),
                    withValue == null ? null : source(byId.get(withValue.reportId())),
                    withGrade == null ? null : grade(withGrade),
                    withGrade == null ? null : source(byId.get(withGrade.reportId()))));
        });
        return new YearEndFigures(budget == null ? null : budget.adjustedBudgetYuan(), budget == null ? null : source(budget),
                spend == null ? null : spend.spentYuan(), spend == null ? null : source(spend), actuals);
    }

    /** Whether a report of this period and state counts at year end (the rule in the class comment). */
    public static boolean counts(int endMonth, String status) {
        return endMonth == YEAR_END_MONTH || COUNTING_STATES.contains(status);
    }

    public Actual actual(long indicatorId) {
        return actuals.getOrDefault(indicatorId, NOTHING_REPORTED);
    }

    private static final Actual NOTHING_REPORTED = new Actual(null, null, null, null);

    private static Grade grade(Progress progress) {
        try {
            return progress.grade() == null ? null : Grade.valueOf(progress.grade());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 12月底报告（已提交）. */
    private static String source(Report report) {
        String state;
        try {
            state = EvaluationStatus.valueOf(report.status()).label();
        } catch (IllegalArgumentException e) {
            state = report.status();
        }
        return Messages.text("evaluation.source.report", report.periodLabel(), state);
    }
}
