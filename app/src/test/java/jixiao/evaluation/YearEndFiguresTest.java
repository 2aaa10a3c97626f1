package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static jixiao.evaluation.Fixtures.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class YearEndFiguresTest {

    private static YearEndFigures.Report report(long id, int month, String status, String spent, String adjusted) {
        return new YearEndFigures.Report(id, month, LocalDate.of(2024, month, 28), month + "月底", status, decimal(spent),
                decimal(adjusted));
    }

    @Test
    void yearEndReportCountsWhateverItsState_andComesFirst() {
        YearEndFigures figures = YearEndFigures.of(List.of(
                report(1, 10, "APPROVED", "40000", null),
                report(2, 12, "DRAFT", "45000", null)), List.of());
        assertEquals(decimal("45000"), figures.spentYuan());
        assertEquals("12月底报告（草稿）", figures.spendSource());
        assertNull(figures.adjustedBudgetYuan());
        assertNull(figures.budgetSource());
    }

    @Test
    void withoutYearEndReport_latestSubmittedOrApproved_draftsAndReturnedIgnored() {
        YearEndFigures figures = YearEndFigures.of(List.of(
                report(1, 3, "APPROVED", "10000", null),
                report(2, 6, "SUBMITTED", "20000", "60000"),
                report(3, 10, "RETURNED", "35000", "70000"),
                report(4, 11, "DRAFT", "38000", null)), List.of());
        assertEquals(decimal("20000"), figures.spentYuan());
        assertEquals("6月底报告（已提交）", figures.spendSource());
        assertEquals(decimal("60000"), figures.adjustedBudgetYuan());
    }

    /* The 12月底 report has no adjustment of its own: the latest counting report that adjusted the budget gives it. */
    @Test
    void adjustedBudget_fromTheLatestCountingReportThatHasOne() {
        YearEndFigures figures = YearEndFigures.of(List.of(
                report(1, 6, "APPROVED", "20000", "55000"),
                report(2, 12, "SUBMITTED", "50000", null)), List.of());
        assertEquals(decimal("55000"), figures.adjustedBudgetYuan());
        assertEquals("6月底报告（已审核通过）", figures.budgetSource());
        assertEquals(decimal("50000"), figures.spentYuan());
    }

    @Test
    void indicatorActuals_latestReportWithAValue_valueAndGradeEachFromTheirOwnReport() {
        YearEndFigures figures = YearEndFigures.of(List.of(
                report(1, 6, "APPROVED", "20000", null),
                report(2, 10, "DRAFT", "30000", null),
                report(3, 12, "SUBMITTED", "45000", null)), List.of(
                new YearEndFigures.Progress(1, 100, decimal("30"), null),
                new YearEndFigures.Progress(2, 100, decimal("40"), null),
                new YearEndFigures.Progress(3, 100, decimal("44"), null),
                new YearEndFigures.Progress(1, 200, decimal("96"), null),
                new YearEndFigures.Progress(3, 200, null, null),
                new YearEndFigures.Progress(1, 300, null, "PARTIAL"),
                new YearEndFigures.Progress(3, 300, null, "ACHIEVED"),
                new YearEndFigures.Progress(2, 400, null, "NOT_ACHIEVED")));
        assertEquals(new YearEndFigures.Actual(decimal("44"), "12月底报告（已提交）", null, null), figures.actual(100));
        assertEquals(new YearEndFigures.Actual(decimal("96"), "6月底报告（已审核通过）", null, null), figures.actual(200));
        assertEquals(new YearEndFigures.Actual(null, null, Grade.ACHIEVED, "12月底报告（已提交）"), figures.actual(300));
        assertEquals(new YearEndFigures.Actual(null, null, null, null), figures.actual(400), "only a draft 10月底 report had it");
        assertEquals(new YearEndFigures.Actual(null, null, null, null), figures.actual(999));
    }
}
