package jixiao.monitoring;

import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.Direction;
import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.HeldTargets;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;
import jixiao.monitoring.MonitoringRulebook.ProgressGapRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static jixiao.monitoring.FindingAssertions.assertFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The indicator rules on seed indicators with chosen reported values. On 2024-06-30 half the year
 * has elapsed (50%); on 2024-07-15 201/372 = 54.0323%; on 2024-05-15 139/372 = 37.3656%.
 */
class IndicatorMonitoringTest {

    static final MonitoringRulebook NATIONAL = MonitoringRulebook.national();
    /** 乐亭 项目2/3 普法宣传场次. */
    static final TargetValue SESSIONS_55 = quantitative("≥55场", Comparator.GE, "55", "场", Direction.POSITIVE);
    /** 乐亭 every project 服务对象满意度. */
    static final TargetValue SATISFACTION_95 = quantitative("≥95%", Comparator.GE, "95", "%", Direction.POSITIVE);
    /** 滨海 社矫对象脱管漏管率. */
    static final TargetValue ABSCONDING_1 = quantitative("≤1%", Comparator.LE, "1", "%", Direction.REVERSE);
    /** 乐亭 department goal 社区服刑人员重新犯罪率低于2%. */
    static final TargetValue REOFFENDING_2 = quantitative("<2%", Comparator.LT, "2", "%", Direction.REVERSE);
    /** 乐亭 维护社会稳定. */
    static final TargetValue STABILITY = new TargetValue("明显提升", ValueKind.QUALITATIVE, null, null, null, null, false, null);

    static TargetValue quantitative(String text, Comparator comparator, String value, String unit, Direction direction) {
        return new TargetValue(text, ValueKind.QUANTITATIVE, comparator, new BigDecimal(value), unit, direction, false, null);
    }

    static IndicatorProgress value(String current) {
        return new IndicatorProgress(new BigDecimal(current), null, null);
    }

    static List<Finding> evaluate(MonitoringRulebook rulebook, String asOf, String name, TargetValue target,
                                  IndicatorProgress progress, String spendPercent) {
        return new MonitoringRules(rulebook, 2024, LocalDate.parse(asOf))
                .evaluateIndicator(name, target, progress, spendPercent == null ? null : new BigDecimal(spendPercent));
    }

    static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "findings: " + findings);
        return findings.get(0);
    }

    @Test
    void countTargetIsProratedByTimeElapsed() {
        // expected 55 × 50% = 27.5; 20 / 27.5 = 72.727… → 72.73% YELLOW; lag 27.5 − 20 = 7.5
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55, value("20"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.YELLOW, "27.5", "20", "72.73", "7.5",
                "普法宣传场次：截至6月底应完成27.5场（目标≥55场的50%），实际完成20场，完成进度72.73%");
        // 35 / 27.5 = 127.27% → BLUE (far ahead: the target may be too low)
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55, value("35"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.BLUE, "27.5", "35", "127.27", "-7.5",
                "普法宣传场次：截至6月底应完成27.5场（目标≥55场的50%），实际完成35场，完成进度127.27%");
    }

    @ParameterizedTest(name = "≥55场 at 6-30 with {0} → {1}% {2}")
    @CsvSource({
            // 16.5 / 27.5 = exactly 60% → YELLOW; 16.49 / 27.5 = 59.96% → RED
            "16.5,  60,     YELLOW",
            "16.49, 59.96,  RED",
            // 22 / 27.5 = exactly 80% → GREEN; 21.99 / 27.5 = 79.96% → YELLOW
            "22,    80,     GREEN",
            "21.99, 79.96,  YELLOW",
            // 33 / 27.5 = exactly 120% → BLUE; 32.99 / 27.5 = 119.96% → GREEN
            "33,    120,    BLUE",
            "32.99, 119.96, GREEN",
            "0,     0,      RED",
    })
    void indicatorBandBoundaries(String current, String ratio, Light light) {
        Finding f = only(evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55, value(current), null));
        FindingAssertions.assertNumber("ratio", ratio, f.ratio());
        assertEquals(light, f.light());
    }

    @Test
    void countTargetBetweenMonthEnds() {
        // 乐亭 法制建设 ≥6次 at 7-15: expected 6 × 54.0323% = 3.2419 → 3.24; 3 / 3.241938 = 92.54% → GREEN
        assertFinding(only(evaluate(NATIONAL, "2024-07-15", "开展行政执法培训",
                        quantitative("≥6次", Comparator.GE, "6", "次", Direction.POSITIVE), value("3"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "3.24", "3", "92.54", "0.24",
                "开展行政执法培训：截至7月15日应完成3.24次（目标≥6次的54.03%），实际完成3次，完成进度92.54%");
        // 彭阳 聘请法律顾问人数 162 人次 at 5-15 (人次 counts visits, it grows): expected 162 × 37.3656% =
        // 60.5323 → 60.53; 60 / 60.532272 = 99.12% → GREEN
        assertFinding(only(evaluate(NATIONAL, "2024-05-15", "聘请法律顾问人数",
                        quantitative("162 人次", null, "162", "人次", Direction.POSITIVE), value("60"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "60.53", "60", "99.12", "0.53",
                "聘请法律顾问人数：截至5月15日应完成60.53人次（目标162人次的37.37%），实际完成60人次，完成进度99.12%");
    }

    @Test
    void headcountsAreHeldAllYear() {
        // 滨海 配备社区矫正社工 ≥6人: six social workers employed all year, not three by 6月底
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "配备社区矫正社工",
                        quantitative("≥6人", Comparator.GE, "6", "人", Direction.POSITIVE), value("6"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "6", "6", "100", "0",
                "配备社区矫正社工：目标≥6人，实际6人，完成进度100%");
        // 彭阳 司法协理员数量 24 人 with 14 in post: 58.33% → RED at any date
        assertFinding(only(evaluate(NATIONAL, "2024-03-31", "司法协理员数量",
                        quantitative("24 人", null, "24", "人", Direction.POSITIVE), value("14"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.RED, "24", "14", "58.33", "10",
                "司法协理员数量：目标24人，实际14人，完成进度58.33%");
        // 彭阳 工作日值班律师人数 每天 1 人 = 1 人/天: a per-unit rate, held
        assertEquals(new BigDecimal("100.00"), only(evaluate(NATIONAL, "2024-06-30", "工作日值班律师人数",
                quantitative("每天 1 人", null, "1", "人/天", Direction.POSITIVE), value("1"), null)).ratio());
    }

    @Test
    void peopleCountedAsTheyComeAreProrated() {
        // a training target in 人 grows with the year: 100 of ≥200人 by 6月底 is on schedule
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "培训人民调解员",
                        quantitative("≥200人", Comparator.GE, "200", "人", Direction.POSITIVE), value("100"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "100", "100", "100", "0",
                "培训人民调解员：截至6月底应完成100人（目标≥200人的50%），实际完成100人，完成进度100%");
    }

    @Test
    void stockUnitsAreConfigurable() {
        // a province that prorates every count: 24 of 24 by 6月底 is 200% of the 12 expected → BLUE
        MonitoringRulebook countsOnly = NATIONAL.withHeldTargets(new HeldTargets(false, Set.of(), List.of()));
        assertEquals(Light.BLUE, only(evaluate(countsOnly, "2024-06-30", "司法协理员数量",
                quantitative("24 人", null, "24", "人", Direction.POSITIVE), value("24"), null)).light());
        // …and one that also holds 个
        MonitoringRulebook things = NATIONAL.withHeldTargets(new HeldTargets(false, Set.of("人", "个"), List.of("新增")));
        assertEquals(new BigDecimal("100.00"), only(evaluate(things, "2024-06-30", "司法所数量",
                quantitative("12 个", null, "12", "个", Direction.POSITIVE), value("12"), null)).ratio());
        assertEquals(new BigDecimal("200.00"), only(evaluate(things, "2024-06-30", "新增调解室",
                quantitative("12 个", null, "12", "个", Direction.POSITIVE), value("12"), null)).ratio());
    }

    @Test
    void rateTargetIsComparedDirectly() {
        // 93 / 95 = 97.89% → GREEN, not 93 / 47.5
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "服务对象满意度", SATISFACTION_95, value("93"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "95", "93", "97.89", "2",
                "服务对象满意度：目标≥95%，实际93%，完成进度97.89%");
        // a rate far below its target is RED at any date: 50 / 95 = 52.63%
        assertEquals(Light.RED, only(evaluate(NATIONAL, "2024-03-31", "服务对象满意度", SATISFACTION_95, value("50"), null)).light());
    }

    @Test
    void rateTargetProratedWhenConfigured() {
        // expected 95 × 50% = 47.5; 93 / 47.5 = 195.79% → BLUE
        assertFinding(only(evaluate(NATIONAL.withHeldTargets(new HeldTargets(true, Set.of("人"), List.of())), "2024-06-30", "服务对象满意度",
                        SATISFACTION_95, value("93"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.BLUE, "47.5", "93", "195.79", "-45.5",
                "服务对象满意度：截至6月底应完成47.5%（目标≥95%的50%），实际完成93%，完成进度195.79%");
    }

    @Test
    void nothingExpectedYet() {
        // before the fiscal year: 0% elapsed, no ratio, GREEN
        assertFinding(only(evaluate(NATIONAL, "2023-12-31", "普法宣传场次", SESSIONS_55, value("0"), null)),
                AlertRule.INDICATOR_PROGRESS, Light.GREEN, "0", "0", null, null,
                "普法宣传场次：截至2023年12月31日尚无应完成量（目标≥55场），实际完成0场");
    }

    @Test
    void reverseLimitInclusive() {
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "社矫对象脱管漏管率", ABSCONDING_1, value("1.0"), null)),
                AlertRule.INDICATOR_LIMIT, Light.GREEN, "1", "1.0", null, null,
                "社矫对象脱管漏管率：实际1%，在目标≤1%以内");
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "社矫对象脱管漏管率", ABSCONDING_1, value("1.2"), null)),
                AlertRule.INDICATOR_LIMIT, Light.RED, "1", "1.2", null, null,
                "社矫对象脱管漏管率：实际1.2%，超过目标≤1%");
    }

    @Test
    void reverseLimitStrict() {
        // < is strict: exactly at the limit is not below it, but the national formula gives it full marks at year
        // end, so it is flagged (YELLOW by default), never RED (README, "How an indicator is judged")
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "重新犯罪率", REOFFENDING_2, value("2.0"), null)),
                AlertRule.INDICATOR_LIMIT, Light.YELLOW, "2", "2.0", null, null,
                "重新犯罪率：实际2%，恰好等于目标<2%的界限，未严格低于该值（年终按满分计），请核实");
        assertEquals(Light.RED, only(evaluate(NATIONAL, "2024-06-30", "重新犯罪率", REOFFENDING_2, value("2.01"), null)).light());
        assertEquals(Light.GREEN, only(evaluate(NATIONAL, "2024-06-30", "重新犯罪率", REOFFENDING_2, value("1.99"), null)).light());
    }

    @Test
    void aBareZeroTargetIsALimitNotNothingExpected() {
        // 安全事故 "0件": none allowed; before issue 10 monitoring read it as a count of which 0 was expected (GREEN)
        TargetValue zero = IndicatorValueParser.parse("0件");
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "安全事故", zero, value("3"), null)),
                AlertRule.INDICATOR_LIMIT, Light.RED, "0", "3", null, null, "安全事故：实际3件，超过目标0件");
        assertEquals(Light.GREEN, only(evaluate(NATIONAL, "2024-06-30", "安全事故", zero, value("0"), null)).light());
    }

    @Test
    void aStrictTargetReachedExactlyAtYearEndIsFlagged() {
        TargetValue moreThan70 = IndicatorValueParser.parse(">70件");
        assertEquals(Light.YELLOW, only(evaluate(NATIONAL, "2024-12-31", "办理案件", moreThan70, value("70"), null)).light());
        assertEquals(Light.GREEN, only(evaluate(NATIONAL, "2024-12-31", "办理案件", moreThan70, value("71"), null)).light());
    }

    @Test
    void reverseCostsAreLimitsEvenWithoutComparator() {
        // 彭阳 项目2 成本指标 "35 万元": bare number, but a cost (REVERSE): a limit, not prorated
        TargetValue cost = quantitative("35 万元", null, "35", "万元", Direction.REVERSE);
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "案件补贴", cost, value("20"), null)),
                AlertRule.INDICATOR_LIMIT, Light.GREEN, "35", "20", null, null, "案件补贴：实际20万元，在目标35万元以内");
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "案件补贴", cost, value("36"), null)),
                AlertRule.INDICATOR_LIMIT, Light.RED, "35", "36", null, null, "案件补贴：实际36万元，超过目标35万元");
        // 彭阳 项目1 ≤31.9 万元
        assertEquals(Light.GREEN, only(evaluate(NATIONAL, "2024-06-30", "司法协理员工资社保费",
                quantitative("≤31.9 万元", Comparator.LE, "31.9", "万元", Direction.REVERSE), value("15.95"), null)).light());
    }

    @ParameterizedTest(name = "明显提升 reported {0} → {1}")
    @CsvSource({
            "ACHIEVED,     GREEN,  达成",
            "PARTIAL,      YELLOW, 部分达成",
            "NOT_ACHIEVED, RED,    未达成",
    })
    void qualitativeGrades(Grade grade, Light light, String label) {
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "维护社会稳定", STABILITY,
                        new IndicatorProgress(null, grade, null), null)),
                AlertRule.INDICATOR_GRADE, light, null, null, null, null, "维护社会稳定：" + label + "（目标：明显提升）");
    }

    @Test
    void nothingReportedGivesNoFinding() {
        assertEquals(List.of(), evaluate(NATIONAL, "2024-06-30", "维护社会稳定", STABILITY,
                new IndicatorProgress(null, null, null), null));
        assertEquals(List.of(), evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55,
                new IndicatorProgress(null, null, null), null));
    }

    @Test
    void quantitativeTargetReportedOnlyAsAGrade() {
        assertFinding(only(evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55,
                        new IndicatorProgress(null, Grade.PARTIAL, null), null)),
                AlertRule.INDICATOR_GRADE, Light.YELLOW, null, null, null, null, "普法宣传场次：部分达成（目标：≥55场）");
    }

    @Test
    void impossibleIsRedWhateverTheNumbers() {
        // 27.5 / 27.5 = 100% → GREEN progress, but the bureau says the target cannot be met
        List<Finding> findings = evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55,
                new IndicatorProgress(new BigDecimal("27.5"), null, Likelihood.IMPOSSIBLE), null);
        assertEquals(2, findings.size());
        assertEquals(Light.GREEN, findings.get(0).light());
        assertFinding(findings.get(1), AlertRule.INDICATOR_LIKELIHOOD, Light.RED, null, null, null, null,
                "普法宣传场次：完成目标可能性为“完全不可能”");
        assertEquals(Light.RED, new ProjectLights(findings).light());
        // also on a qualitative indicator reported 达成
        List<Finding> qualitative = evaluate(NATIONAL, "2024-06-30", "维护社会稳定", STABILITY,
                new IndicatorProgress(null, Grade.ACHIEVED, Likelihood.IMPOSSIBLE), null);
        assertEquals(Light.RED, new ProjectLights(qualitative).light());
    }

    @Test
    void possibleAndCertainRaiseNothingByDefault() {
        assertEquals(1, evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55,
                new IndicatorProgress(new BigDecimal("27.5"), null, Likelihood.POSSIBLE), null).size());
        assertEquals(1, evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55,
                new IndicatorProgress(new BigDecimal("27.5"), null, Likelihood.CERTAIN), null).size());
    }

    @Test
    void possibleConfiguredYellow() {
        MonitoringRulebook cautious = NATIONAL.withLikelihoodLights(
                Map.of(Likelihood.IMPOSSIBLE, Light.RED, Likelihood.POSSIBLE, Light.YELLOW));
        List<Finding> findings = evaluate(cautious, "2024-06-30", "普法宣传场次", SESSIONS_55,
                new IndicatorProgress(new BigDecimal("27.5"), null, Likelihood.POSSIBLE), null);
        assertEquals(2, findings.size());
        assertFinding(findings.get(1), AlertRule.INDICATOR_LIKELIHOOD, Light.YELLOW, null, null, null, null,
                "普法宣传场次：完成目标可能性为“有可能”");
    }

    @Test
    void progressGapOffByDefault() {
        assertEquals(1, evaluate(NATIONAL, "2024-06-30", "普法宣传场次", SESSIONS_55, value("20"), "50").size());
    }

    @Test
    void progressGapSwitchedOn() {
        MonitoringRulebook gap = NATIONAL.withProgressGap(new ProgressGapRule(BigDecimal.TEN, Light.YELLOW));
        // 20 / 55 = 36.36% of the year's target, spend 50%: 13.64 points apart > 10 → YELLOW
        List<Finding> findings = evaluate(gap, "2024-06-30", "普法宣传场次", SESSIONS_55, value("20"), "50");
        assertEquals(2, findings.size());
        assertFinding(findings.get(1), AlertRule.PROGRESS_GAP, Light.YELLOW, "50", "36.36", null, "13.64",
                "普法宣传场次：完成全年目标的36.36%，资金支出进度50%，相差13.64个百分点");
        // indicator ahead of money: 44 / 55 = 80%, spend 31%: 49 points apart, lag negative
        Finding ahead = evaluate(gap, "2024-06-30", "普法宣传场次", SESSIONS_55, value("44"), "31").get(1);
        assertFinding(ahead, AlertRule.PROGRESS_GAP, Light.YELLOW, "31", "80", null, "-49",
                "普法宣传场次：完成全年目标的80%，资金支出进度31%，相差49个百分点");
        // 22 / 55 = 40%, spend 50%: exactly 10 points is not more than 10 → nothing
        assertEquals(1, evaluate(gap, "2024-06-30", "普法宣传场次", SESSIONS_55, value("22"), "50").size());
        // rates and limits are not a share of the year's work; unknown spend cannot be compared
        assertEquals(1, evaluate(gap, "2024-06-30", "服务对象满意度", SATISFACTION_95, value("93"), "20").size());
        assertEquals(1, evaluate(gap, "2024-06-30", "社矫对象脱管漏管率", ABSCONDING_1, value("0"), "80").size());
        assertEquals(1, evaluate(gap, "2024-06-30", "普法宣传场次", SESSIONS_55, value("20"), null).size());
        // nor is a headcount held all year
        assertEquals(1, evaluate(gap, "2024-06-30", "司法协理员数量",
                quantitative("24 人", null, "24", "人", Direction.POSITIVE), value("24"), "10").size());
    }

    @Test
    void ocrDamagedTargetIsShownFromItsParse() {
        // 兴隆 项目1 "Σ9O%" read as ≥90%
        TargetValue ocr = new TargetValue("Σ9O%", ValueKind.QUANTITATIVE, Comparator.GE, new BigDecimal("90"), "%",
                Direction.POSITIVE, true, "OCR");
        assertEquals("劳务派遣人员满意度：目标≥90%，实际95%，完成进度105.56%",
                only(evaluate(NATIONAL, "2024-06-30", "劳务派遣人员满意度", ocr, value("95"), null)).text());
    }
}
