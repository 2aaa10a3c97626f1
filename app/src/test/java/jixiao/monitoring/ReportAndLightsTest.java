package jixiao.monitoring;

import jixiao.indicatorvalue.Grade;
import jixiao.monitoring.MonitoringRulebook.RatioBands;
import jixiao.monitoring.MonitoringRulebook.SpendFloor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static jixiao.monitoring.FindingAssertions.assertFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The missing-report rule, the worst-of lights, the unit summary and the rulebook's checks. */
class ReportAndLightsTest {

    static final MonitoringRulebook NATIONAL = MonitoringRulebook.national();
    static final LocalDate DEADLINE = LocalDate.of(2024, 7, 10);

    static Optional<Finding> report(String asOf, LocalDate deadline, boolean submitted) {
        return new MonitoringRules(NATIONAL, 2024, LocalDate.parse(asOf)).evaluateReport(deadline, submitted);
    }

    static Finding finding(Light light) {
        return new Finding(AlertRule.SPEND_LAG, light, null, null, null, null, Sentence.of("monitoring.light." + light));
    }

    @Test
    void missingReport() {
        assertEquals(Optional.empty(), report("2024-07-09", DEADLINE, false));
        // the deadline day itself is still in time
        assertEquals(Optional.empty(), report("2024-07-10", DEADLINE, false));
        assertFinding(report("2024-07-15", DEADLINE, false).orElseThrow(), AlertRule.REPORT_MISSING, Light.RED,
                null, null, null, null, "监控报告应于7月10日前报送，截至7月15日仍未报送");
        assertEquals(Optional.empty(), report("2024-07-15", DEADLINE, true));
        // a month end still counts the days: "截至7月31日", not "7月底"
        assertEquals("监控报告应于7月10日前报送，截至7月31日仍未报送",
                report("2024-07-31", DEADLINE, false).orElseThrow().text());
        // the year-end report falls due in the next year
        assertEquals("监控报告应于2025年1月10日前报送，截至2025年1月15日仍未报送",
                report("2025-01-15", LocalDate.of(2025, 1, 10), false).orElseThrow().text());
    }

    @Test
    void lightsAreOrderedBySeverity() {
        assertEquals(List.of(Light.GREEN, Light.BLUE, Light.YELLOW, Light.RED), List.of(Light.values()));
        assertEquals(Light.GREEN, Light.worst());
        assertEquals(Light.BLUE, Light.worst(Light.GREEN, Light.BLUE));
        assertEquals(Light.YELLOW, Light.worst(Light.BLUE, Light.YELLOW, Light.GREEN));
        assertEquals(Light.RED, Light.worst(Light.RED, Light.YELLOW));
        assertEquals(Light.RED, Light.YELLOW.worse(Light.RED));
        assertEquals(Light.YELLOW, Light.YELLOW.worse(Light.BLUE));
        assertEquals("红灯", Light.RED.label());
        assertEquals("预算执行进度", AlertRule.SPEND_LAG.label());
    }

    @Test
    void projectLightIsTheWorstFinding() {
        assertEquals(Light.GREEN, new ProjectLights(List.of()).light());
        assertEquals(Light.GREEN, new ProjectLights(List.of(finding(Light.GREEN), finding(Light.GREEN))).light());
        assertEquals(Light.BLUE, new ProjectLights(List.of(finding(Light.GREEN), finding(Light.BLUE))).light());
        assertEquals(Light.YELLOW, new ProjectLights(List.of(finding(Light.BLUE), finding(Light.YELLOW), finding(Light.GREEN))).light());
        assertEquals(Light.RED, new ProjectLights(List.of(finding(Light.YELLOW), finding(Light.RED), finding(Light.BLUE))).light());
    }

    @Test
    void wholeProjectFromTheSeeds() {
        // 乐亭 项目2 at 6-30: spend 2.00 of 5.00 = 40% vs 50% → ratio 80 GREEN; 普法宣传场次 35 → BLUE;
        // 满意度 93 → GREEN; 维护社会稳定 部分达成 → YELLOW. Worst: YELLOW.
        MonitoringRules rules = new MonitoringRules(NATIONAL, 2024, LocalDate.of(2024, 6, 30));
        SpendAssessment spend = rules.evaluateSpend(SpendMonitoringTest.LAOTING, new BigDecimal("5.00"), new BigDecimal("2.00"));
        List<Finding> findings = new ArrayList<>(spend.findings());
        findings.addAll(rules.evaluateIndicator("普法宣传场次", IndicatorMonitoringTest.SESSIONS_55,
                IndicatorMonitoringTest.value("35"), spend.executedPercent()));
        findings.addAll(rules.evaluateIndicator("服务对象满意度", IndicatorMonitoringTest.SATISFACTION_95,
                IndicatorMonitoringTest.value("93"), spend.executedPercent()));
        findings.addAll(rules.evaluateIndicator("维护社会稳定", IndicatorMonitoringTest.STABILITY,
                new IndicatorProgress(null, Grade.PARTIAL, Likelihood.CERTAIN), spend.executedPercent()));
        rules.evaluateReport(LocalDate.of(2024, 7, 10), false).ifPresent(findings::add);
        assertEquals(List.of(Light.GREEN, Light.BLUE, Light.GREEN, Light.YELLOW),
                findings.stream().map(Finding::light).toList());
        assertEquals(Light.YELLOW, new ProjectLights(findings).light());
    }

    @Test
    void unitSummaryCountsProjectsByLight() {
        UnitSummary summary = UnitSummary.of(List.of(Light.GREEN, Light.RED, Light.GREEN, Light.BLUE, Light.RED, Light.RED));
        assertEquals(new UnitSummary(2, 1, 0, 3), summary);
        assertEquals(3, summary.count(Light.RED));
        assertEquals(0, summary.count(Light.YELLOW));
        assertEquals(6, summary.total());
        assertEquals(new UnitSummary(0, 0, 0, 0), UnitSummary.of(List.of()));
    }

    @Test
    void nationalRulebook() {
        assertEquals(new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), null), NATIONAL.spendBands());
        assertEquals(new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(120)),
                NATIONAL.indicatorBands());
        assertTrue(NATIONAL.spendFloors().isEmpty());
        assertEquals(null, NATIONAL.progressGap());
        assertEquals(false, NATIONAL.heldTargets().ratesAccumulate());
        assertEquals(Set.of("人", "名"), NATIONAL.heldTargets().stockUnits());
        assertEquals(Light.RED, NATIONAL.likelihoodLights().get(Likelihood.IMPOSSIBLE));
        assertEquals(null, NATIONAL.likelihoodLights().get(Likelihood.POSSIBLE));
        assertEquals(Light.YELLOW, NATIONAL.gradeLights().get(Grade.PARTIAL));
        assertEquals(Light.RED, NATIONAL.missingReportLight());
    }

    @Test
    void provincialBands() {
        // a province with red below 50%, yellow below 70%, no blue
        RatioBands bands = new RatioBands(BigDecimal.valueOf(50), BigDecimal.valueOf(70), null);
        assertEquals(Light.RED, bands.classify(new BigDecimal("49.99")));
        assertEquals(Light.YELLOW, bands.classify(new BigDecimal("50")));
        assertEquals(Light.GREEN, bands.classify(new BigDecimal("70.00")));
        assertEquals(Light.GREEN, bands.classify(new BigDecimal("500")));
    }

    @Test
    void rulebookRejectsIncoherentSettings() {
        assertThrows(IllegalArgumentException.class,
                () -> new RatioBands(BigDecimal.valueOf(80), BigDecimal.valueOf(60), null));
        assertThrows(IllegalArgumentException.class,
                () -> new RatioBands(BigDecimal.valueOf(60), BigDecimal.valueOf(80), BigDecimal.valueOf(70)));
        assertThrows(IllegalArgumentException.class, () -> NATIONAL.withSpendFloors(
                List.of(new SpendFloor(10, BigDecimal.valueOf(80)), new SpendFloor(6, BigDecimal.valueOf(40)))));
        assertThrows(IllegalArgumentException.class, () -> new SpendFloor(13, BigDecimal.TEN));
    }
}
