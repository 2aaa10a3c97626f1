package jixiao.project;

import jixiao.project.SpendPlan.Checkpoint;
import jixiao.project.SpendPlan.PlanProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Day-of-year reference. 2024 (leap, 乐亭/彭阳/滨海): 3-31 = 91, 5-15 = 136, 6-30 = 182,
 * 7-15 = 197, 8-31 = 244, 10-31 = 305, 11-30 = 335, 12-31 = 366.
 * 2025 (兴隆): 3-31 = 90, 6-30 = 181, 8-31 = 243, 9-30 = 273, 10-31 = 304, 11-15 = 319, 12-31 = 365.
 */
class SpendPlanTest {

    /** 乐亭 000, all five projects: 3月底 25% / 6月底 50% / 10月底 75% / 12月底 100%. */
    static final SpendPlan LAOTING = plan(3, "25", 6, "50", 10, "75", 12, "100");
    /** 兴隆 004 项目5 普法宣传 and 项目10: {@code 50% 100%} = 6月底 and 12月底 only. */
    static final SpendPlan XINGLONG_HALF = plan(6, "50", 12, "100");
    /** 兴隆 004 项目8 行政复议: {@code 20% 2O% 1O0%} = 6月底 / 10月底 / 12月底. */
    static final SpendPlan XINGLONG_20_20_100 = plan(6, "20", 10, "20", 12, "100");
    /** 兴隆 004 项目9 运行保障经费: {@code 1O0% 1O0%} = 10月底 / 12月底. */
    static final SpendPlan XINGLONG_100_100 = plan(10, "100", 12, "100");

    static SpendPlan plan(Object... monthPercent) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < monthPercent.length; i += 2) {
            checkpoints.add(new Checkpoint((Integer) monthPercent[i], new BigDecimal((String) monthPercent[i + 1])));
        }
        return new SpendPlan(checkpoints);
    }

    static void assertPercent(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
        assertEquals(SpendPlan.SCALE, actual.scale());
    }

    @ParameterizedTest(name = "乐亭 {0} → {1}%")
    @CsvSource({
            "2024-03-31, 25",
            // 25 + 25 × (136 − 91) / (182 − 91) = 25 + 1125/91 = 25 + 12.36263… = 37.3626
            "2024-05-15, 37.3626",
            "2024-06-30, 50",
            // 50 + 25 × (244 − 182) / (305 − 182) = 50 + 1550/123 = 50 + 12.60162… = 62.6016
            "2024-08-31, 62.6016",
            "2024-10-31, 75",
            // 75 + 25 × (335 − 305) / (366 − 305) = 75 + 750/61 = 75 + 12.29508… = 87.2951
            "2024-11-30, 87.2951",
            "2024-12-31, 100",
            // 1 January counts as a whole day: 25 × 1/91 = 0.27472… = 0.2747
            "2024-01-01, 0.2747",
            // 50 + 25 × (197 − 182) / 123 = 50 + 3.04878… = 53.0488
            "2024-07-15, 53.0488",
            "2023-12-31, 0",
            "2025-03-01, 100",
    })
    void laotingFullPlan(LocalDate asOf, String expected) {
        assertPercent(expected, LAOTING.plannedPercentAt(2024, asOf));
    }

    @ParameterizedTest(name = "兴隆 6月底50% 12月底100% {0} → {1}%")
    @CsvSource({
            // blank 3月底: 0% on 1 January to 50% on 6-30: 50 × 90/181 = 24.86187… = 24.8619
            "2025-03-31, 24.8619",
            "2025-06-30, 50",
            // blank 10月底: 50 + 50 × (273 − 181) / (365 − 181) = 50 + 50 × 92/184 = 75
            "2025-09-30, 75",
            // 50 + 50 × (319 − 181) / 184 = 50 + 37.5 = 87.5
            "2025-11-15, 87.5",
            "2025-12-31, 100",
    })
    void xinglongHalfThenFull(LocalDate asOf, String expected) {
        assertPercent(expected, XINGLONG_HALF.plannedPercentAt(2025, asOf));
    }

    @ParameterizedTest(name = "兴隆 6/10/12 = 20/20/100 {0} → {1}%")
    @CsvSource({
            // 20 × 90/181 = 9.94475… = 9.9448
            "2025-03-31, 9.9448",
            // flat between 6月底 20% and 10月底 20%
            "2025-08-31, 20",
            "2025-10-31, 20",
            // 20 + 80 × (319 − 304) / (365 − 304) = 20 + 1200/61 = 20 + 19.67213… = 39.6721
            "2025-11-15, 39.6721",
    })
    void xinglongFlatMiddle(LocalDate asOf, String expected) {
        assertPercent(expected, XINGLONG_20_20_100.plannedPercentAt(2025, asOf));
    }

    @ParameterizedTest(name = "兴隆 10/12 = 100/100 {0} → {1}%")
    @CsvSource({
            // 100 × 181/304 = 59.53947… = 59.5395
            "2025-06-30, 59.5395",
            "2025-10-31, 100",
            "2025-11-15, 100",
    })
    void xinglongAllByOctober(LocalDate asOf, String expected) {
        assertPercent(expected, XINGLONG_100_100.plannedPercentAt(2025, asOf));
    }

    @ParameterizedTest(name = "no plan (彭阳/滨海) {0} → {1}%")
    @CsvSource({
            "2024-06-30, 50",
            "2024-03-31, 25",
            "2024-12-31, 100",
            // (4 months + 15/31) / 12 = 139/372 = 0.373655… = 37.3656%
            "2024-05-15, 37.3656",
            // (6 + 15/31) / 12 = 201/372 = 54.0323%
            "2024-07-15, 54.0323",
            // leap February: (1 + 29/29) / 12 = 16.6667%
            "2024-02-29, 16.6667",
            // 1/31 / 12 = 1/372 = 0.2688%
            "2024-01-01, 0.2688",
            "2023-05-01, 0",
            "2025-01-01, 100",
    })
    void noPlanFollowsTimeElapsed(LocalDate asOf, String expected) {
        assertPercent(expected, SpendPlan.none().plannedPercentAt(2024, asOf));
        assertPercent(expected, SpendPlan.timeElapsedPercent(2024, asOf));
    }

    @Test
    void noneIsEmptyAndAPlanIsNot() {
        assertTrue(SpendPlan.none().isEmpty());
        assertEquals(false, LAOTING.isEmpty());
        assertEquals(new SpendPlan(List.of()), SpendPlan.none());
    }

    @Test
    void planWithProblemsStillGivesANumber() {
        // 6月底 twice: the later entry (50) counts
        assertPercent("50", plan(6, "40", 6, "50", 12, "100").plannedPercentAt(2024, LocalDate.of(2024, 6, 30)));
        // month 13 ignored: 0 → 100 by 12月底, 100 × 181/365 = 49.58904… = 49.5890
        assertPercent("49.5890", plan(13, "50", 12, "100").plannedPercentAt(2025, LocalDate.of(2025, 6, 30)));
        // no usable checkpoint at all: time elapsed
        assertPercent("50", plan(0, "50").plannedPercentAt(2025, LocalDate.of(2025, 6, 30)));
        // checkpoints out of table order are read by month
        assertPercent("37.3626", plan(12, "100", 6, "50", 3, "25", 10, "75")
                .plannedPercentAt(2024, LocalDate.of(2024, 5, 15)));
    }

    @Test
    void sensiblePlansFromTheSeedsHaveNoProblems() {
        assertEquals(List.of(), LAOTING.problems());
        assertEquals(List.of(), XINGLONG_HALF.problems());
        assertEquals(List.of(), XINGLONG_20_20_100.problems());
        assertEquals(List.of(), XINGLONG_100_100.problems());
        assertEquals(List.of(), SpendPlan.none().problems());
        // 兴隆 项目1: 20% 40% 70% 100%
        assertEquals(List.of(), plan(3, "20", 6, "40", 10, "70", 12, "100").problems());
    }

    @Test
    void decreasingPlan() {
        assertEquals(List.of(new PlanProblem(10, "资金支出计划：10月底（60%）低于6月底（70%），累计计划不能减少")),
                plan(3, "20", 6, "70", 10, "60", 12, "100").problems());
    }

    @Test
    void valueAbove100OrBelow0() {
        // 120% is reported once, as out of range, not also as "last is not 100%"
        assertEquals(List.of(new PlanProblem(12, "资金支出计划：12月底（120%）不在0%至100%之间")),
                plan(6, "50", 12, "120").problems());
        assertEquals(List.of(new PlanProblem(3, "资金支出计划：3月底（-5%）不在0%至100%之间")),
                plan(3, "-5", 6, "50", 12, "100").problems());
    }

    @Test
    void lastCheckpointNot100() {
        assertEquals(List.of(new PlanProblem(10, "资金支出计划：最后一个节点10月底为80%，全年累计应为100%")),
                plan(3, "25", 6, "50", 10, "80").problems());
        assertEquals(List.of(new PlanProblem(12, "资金支出计划：最后一个节点12月底为99.5%，全年累计应为100%")),
                plan(6, "50.00", 12, "99.50").problems());
    }

    @Test
    void duplicateMonthAndMonthOutsideTheYear() {
        assertEquals(List.of(new PlanProblem(6, "资金支出计划：6月底填写了多次")),
                plan(6, "50", 6, "50", 12, "100").problems());
        assertEquals(List.of(new PlanProblem(13, "资金支出计划：月份13不在1至12之间")),
                plan(6, "50", 12, "100", 13, "100").problems());
    }

    @Test
    void severalProblemsAreAllReported() {
        // 6月底 twice (40 then 30: the later counts); 10月底 20% is below that 30%; the last is 20%, not 100%
        List<PlanProblem> problems = plan(6, "40", 6, "30", 10, "20").problems();
        assertEquals(List.of(
                new PlanProblem(6, "资金支出计划：6月底填写了多次"),
                new PlanProblem(10, "资金支出计划：10月底（20%）低于6月底（30%），累计计划不能减少"),
                new PlanProblem(10, "资金支出计划：最后一个节点10月底为20%，全年累计应为100%")), problems);
    }

    @Test
    void labels() {
        assertEquals("3月底", SpendPlan.label(3));
        assertEquals("12月底", new Checkpoint(12, BigDecimal.valueOf(100)).label());
    }
}
