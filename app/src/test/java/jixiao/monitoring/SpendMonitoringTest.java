package jixiao.monitoring;

import jixiao.project.SpendPlan;
import jixiao.project.SpendPlan.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static jixiao.monitoring.FindingAssertions.assertFinding;
import static jixiao.monitoring.FindingAssertions.assertNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The money rules (SPEND_LAG, SPEND_FLOOR) on the seed projects with chosen spend. */
class SpendMonitoringTest {

    static final SpendPlan LAOTING = new SpendPlan(List.of(cp(3, "25"), cp(6, "50"), cp(10, "75"), cp(12, "100")));
    static final MonitoringRulebook NATIONAL = MonitoringRulebook.national();

    static Checkpoint cp(int month, String percent) {
        return new Checkpoint(month, new BigDecimal(percent));
    }

    static SpendAssessment spend(MonitoringRulebook rulebook, int year, String asOf, SpendPlan plan, String budget, String spent) {
        return new MonitoringRules(rulebook, year, LocalDate.parse(asOf))
                .evaluateSpend(plan, new BigDecimal(budget), spent == null ? null : new BigDecimal(spent));
    }

    static Finding only(SpendAssessment assessment) {
        assertEquals(1, assessment.findings().size(), () -> "findings: " + assessment.findings());
        return assessment.findings().get(0);
    }

    @Test
    void laotingLawProjectBehindAtHalfYear() {
        // 乐亭 法制建设, budget 3.00万元, 0.93 spent by 6-30: 31% against 50%, ratio 31/50 = 62% → YELLOW
        SpendAssessment a = spend(NATIONAL, 2024, "2024-06-30", LAOTING, "3.00", "0.93");
        assertNumber("planned", "50", a.plannedPercent());
        assertNumber("executed", "31", a.executedPercent());
        assertFinding(only(a), AlertRule.SPEND_LAG, Light.YELLOW, "50", "31", "62", "19",
                "6月底计划支出50%，实际支出31%，滞后19个百分点");
    }

    @ParameterizedTest(name = "3.00万元 plan 50%, spent {0} → ratio {1}% {2}")
    @CsvSource({
            "1.50,  100, GREEN",
            // 1.2/3 = 40%, 40/50 = exactly 80% → GREEN (80 is the lower bound of green)
            "1.20,  80,  GREEN",
            // 1.197/3 = 39.9%, 39.9/50 = 79.8% → YELLOW
            "1.197, 79.8, YELLOW",
            // 0.9/3 = 30%, 30/50 = exactly 60% → YELLOW (60 is the lower bound of yellow)
            "0.90,  60,  YELLOW",
            // 0.897/3 = 29.9%, 29.9/50 = 59.8% → RED
            "0.897, 59.8, RED",
            "0,     0,   RED",
            // over plan is not lit blue for money
            "3.00,  200, GREEN",
    })
    void spendBandBoundaries(String spent, String ratio, Light light) {
        Finding f = only(spend(NATIONAL, 2024, "2024-06-30", LAOTING, "3.00", spent));
        assertNumber("ratio", ratio, f.ratio());
        assertEquals(light, f.light());
    }

    @Test
    void onPlanAndAheadOfPlanSentences() {
        assertFinding(only(spend(NATIONAL, 2024, "2024-06-30", LAOTING, "3.00", "1.50")),
                AlertRule.SPEND_LAG, Light.GREEN, "50", "50", "100", "0", "6月底计划支出50%，实际支出50%，与计划持平");
        // 滨海 多种用工人员经费 in 元, no plan: 300000 / 432000 = 69.4444%, ratio 69.4444/50 = 138.89%
        assertFinding(only(spend(NATIONAL, 2024, "2024-06-30", SpendPlan.none(), "432000.00", "300000")),
                AlertRule.SPEND_LAG, Light.GREEN, "50", "69.44", "138.89", "-19.44",
                "6月底计划支出50%，实际支出69.44%，超出计划19.44个百分点");
    }

    @Test
    void laotingBetweenCheckpoints() {
        // 乐亭 project 4 业务装备费 18.00万元 at 5-15: planned 37.3626% (see SpendPlanTest), spent 4.5 = 25%;
        // ratio 4.5 × 10000 / (18 × 37.3626) = 66.91% → YELLOW; lag 37.36 − 25 = 12.36
        assertFinding(only(spend(NATIONAL, 2024, "2024-05-15", LAOTING, "18.00", "4.50")),
                AlertRule.SPEND_LAG, Light.YELLOW, "37.36", "25", "66.91", "12.36",
                "截至5月15日计划支出37.36%，实际支出25%，滞后12.36个百分点");
        // project 3 转移支付 22.00万元 at 7-15: planned 53.0488%, spent 9.9 = 45%; ratio 99000/(22 × 53.0488) = 84.83%
        assertFinding(only(spend(NATIONAL, 2024, "2024-07-15", LAOTING, "22.00", "9.90")),
                AlertRule.SPEND_LAG, Light.GREEN, "53.05", "45", "84.83", "8.05",
                "截至7月15日计划支出53.05%，实际支出45%，滞后8.05个百分点");
        // month ends give the checkpoint phrase even off the plan's checkpoints: 8-31 planned 62.6016%
        assertEquals("8月底计划支出62.6%，实际支出50%，滞后12.6个百分点",
                only(spend(NATIONAL, 2024, "2024-08-31", LAOTING, "2.42", "1.21")).text());
    }

    @Test
    void pengyangWithoutPlanFallsBackToTimeElapsed() {
        // 彭阳 司法协理 31.9万元, 12.76 spent = 40%. 6-30: planned 50, ratio 80 → GREEN
        assertFinding(only(spend(NATIONAL, 2024, "2024-06-30", SpendPlan.none(), "31.9", "12.76")),
                AlertRule.SPEND_LAG, Light.GREEN, "50", "40", "80", "10", "6月底计划支出50%，实际支出40%，滞后10个百分点");
        // 7-15: planned 201/372 = 54.0323%, ratio 40/54.0323 = 74.03% → YELLOW
        assertFinding(only(spend(NATIONAL, 2024, "2024-07-15", SpendPlan.none(), "31.9", "12.76")),
                AlertRule.SPEND_LAG, Light.YELLOW, "54.03", "40", "74.03", "14.03",
                "截至7月15日计划支出54.03%，实际支出40%，滞后14.03个百分点");
    }

    @Test
    void xinglongBlankCheckpoints() {
        // 项目9 运行保障经费 2.70万元, 1O0% 1O0% = 10月底/12月底. 6-30: planned 59.5395%, spent 0.81 = 30%,
        // ratio 0.81 × 10000 / (2.70 × 59.5395) = 50.39% → RED
        assertFinding(only(spend(NATIONAL, 2025, "2025-06-30",
                        new SpendPlan(List.of(cp(10, "100"), cp(12, "100"))), "2.70", "0.81")),
                AlertRule.SPEND_LAG, Light.RED, "59.54", "30", "50.39", "29.54",
                "6月底计划支出59.54%，实际支出30%，滞后29.54个百分点");
        // 项目8 行政复议 0.60万元, 20% 2O% 1O0% = 6/10/12. 8-31: planned 20 (flat), spent 0.09 = 15%, ratio 75% → YELLOW
        assertFinding(only(spend(NATIONAL, 2025, "2025-08-31",
                        new SpendPlan(List.of(cp(6, "20"), cp(10, "20"), cp(12, "100"))), "0.60", "0.09")),
                AlertRule.SPEND_LAG, Light.YELLOW, "20", "15", "75", "5", "8月底计划支出20%，实际支出15%，滞后5个百分点");
        // 项目5 普法宣传 2.10万元, 50% 100% = 6/12. 9-30: planned 75, spent 1.05 = 50%, ratio 66.67% → YELLOW
        assertFinding(only(spend(NATIONAL, 2025, "2025-09-30",
                        new SpendPlan(List.of(cp(6, "50"), cp(12, "100"))), "2.10", "1.05")),
                AlertRule.SPEND_LAG, Light.YELLOW, "75", "50", "66.67", "25", "9月底计划支出75%，实际支出50%，滞后25个百分点");
    }

    @Test
    void nothingPlannedYetIsGreen() {
        // a plan with 3月底 0%: on 2-15 nothing is expected, so no ratio and GREEN
        SpendPlan slowStart = new SpendPlan(List.of(cp(3, "0"), cp(6, "50"), cp(12, "100")));
        assertFinding(only(spend(NATIONAL, 2025, "2025-02-15", slowStart, "10.00", "0")),
                AlertRule.SPEND_LAG, Light.GREEN, "0", "0", null, "0", "截至2月15日计划支出0%，实际支出0%，与计划持平");
        // before the fiscal year starts: planned 0, the date carries its year
        assertFinding(only(spend(NATIONAL, 2024, "2023-12-31", LAOTING, "3.00", "0.30")),
                AlertRule.SPEND_LAG, Light.GREEN, "0", "10", null, "-10",
                "截至2023年12月31日计划支出0%，实际支出10%，超出计划10个百分点");
    }

    @Test
    void noBudgetOrNoSpendReportedGivesNoFinding() {
        SpendAssessment noBudget = spend(NATIONAL, 2024, "2024-06-30", LAOTING, "0", "1");
        assertNumber("planned", "50", noBudget.plannedPercent());
        assertNull(noBudget.executedPercent());
        assertEquals(List.of(), noBudget.findings());
        assertEquals(List.of(), spend(NATIONAL, 2024, "2024-06-30", LAOTING, "3.00", null).findings());
    }

    @Test
    void fixedFloorsAreOffByDefault() {
        // 31% at 6-30 is below a 40% floor, but the national rulebook has none
        assertEquals(1, spend(NATIONAL, 2024, "2024-06-30", LAOTING, "3.00", "0.93").findings().size());
    }

    @Test
    void fixedFloorsSwitchedOn() {
        MonitoringRulebook floors = NATIONAL.withSpendFloors(MonitoringRulebook.halfYearAndOctoberFloors());
        // 6-29: the 6月 floor is not yet in force
        assertEquals(1, spend(floors, 2024, "2024-06-29", LAOTING, "3.00", "0.93").findings().size());
        // 6-30: 31% < 40% → RED, short by 9 points; the lag finding stays as it was
        SpendAssessment halfYear = spend(floors, 2024, "2024-06-30", LAOTING, "3.00", "0.93");
        assertEquals(2, halfYear.findings().size());
        assertEquals(Light.YELLOW, halfYear.findings().get(0).light());
        assertFinding(halfYear.findings().get(1), AlertRule.SPEND_FLOOR, Light.RED, "40", "31", null, "9",
                "6月底支出应不低于40%，实际支出31%，低于下限9个百分点");
        // exactly on the floor is fine: 1.2/3 = 40%
        assertEquals(1, spend(floors, 2024, "2024-07-15", LAOTING, "3.00", "1.20").findings().size());
        // 10-31: on plan (75% of a 75% plan, GREEN) yet below the 10月 floor of 80% → RED
        SpendAssessment october = spend(floors, 2024, "2024-10-31", LAOTING, "3.00", "2.25");
        assertEquals(Light.GREEN, october.findings().get(0).light());
        assertFinding(october.findings().get(1), AlertRule.SPEND_FLOOR, Light.RED, "80", "75", null, "5",
                "10月底支出应不低于80%，实际支出75%，低于下限5个百分点");
        assertEquals(Light.RED, new ProjectLights(october.findings()).light());
        // after the fiscal year every floor applies: the latest (80%) is the one in force
        SpendAssessment late = spend(floors, 2024, "2025-01-15", SpendPlan.none(), "3.00", "2.25");
        assertFinding(late.findings().get(1), AlertRule.SPEND_FLOOR, Light.RED, "80", "75", null, "5",
                "10月底支出应不低于80%，实际支出75%，低于下限5个百分点");
    }
}
