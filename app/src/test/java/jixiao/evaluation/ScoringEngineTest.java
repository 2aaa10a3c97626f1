package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;
import jixiao.indicatorvalue.ValueKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static jixiao.evaluation.Fixtures.REASON;
import static jixiao.evaluation.Fixtures.decimal;
import static jixiao.evaluation.Fixtures.qualitativeRow;
import static jixiao.evaluation.Fixtures.quantitative;
import static jixiao.evaluation.Fixtures.target;
import static jixiao.indicatorvalue.Comparator.GE;
import static jixiao.indicatorvalue.Comparator.GT;
import static jixiao.indicatorvalue.Comparator.LE;
import static jixiao.indicatorvalue.Comparator.LT;
import static jixiao.indicatorvalue.Direction.POSITIVE;
import static jixiao.indicatorvalue.Direction.REVERSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringEngineTest {

    private static final ScoringEngine NATIONAL = new ScoringEngine(ScoringRulebook.national());

    private static final TargetValue SESSIONS_55 = target("≥55场", GE, "55", "场", POSITIVE);
    private static final TargetValue RATE_AT_MOST_HALF = target("≤0.5%", LE, "0.5", "%", REVERSE);

    @Test
    void aSheetWithoutIndicators_hasNoTotalAndCannotBeSubmitted() {
        // 乐亭's department target (seed 000) states goals and key tasks but no indicators
        ScoreSheet sheet = sheet("504200", "480000");
        assertNull(sheet.total());
        assertNull(sheet.grade());
        assertEquals(0, new BigDecimal("9.52").compareTo(sheet.executionScore()), "the execution row is still scored");
        assertTrue(messages(sheet).contains("没有绩效指标：请先在绩效目标表中填写绩效指标（部门整体绩效目标填写部门整体绩效指标）"),
                messages(sheet).toString());
        assertEquals("没有绩效指标：补充绩效指标前不计总分，不评等级", sheet.totalExplanation());
    }

    /** Scores one indicator weighted 10 (the weight total problem this causes is not what these tests look at). */
    private static IndicatorScore scoreOf(TargetValue target, String actual) {
        return scoreOf(ScoringRulebook.national(), quantitative("产出指标", "数量指标", "指标", target, actual, "10", REASON));
    }

    private static IndicatorScore scoreOf(ScoringRulebook rules, IndicatorInput indicator) {
        return sheet(rules, "100", "100", indicator).indicators().get(0);
    }

    private static ScoreSheet sheet(ScoringRulebook rules, String budget, String executed, IndicatorInput... rows) {
        ScoringEngine engine = new ScoringEngine(rules);
        ScoringInput input = new ScoringInput(decimal(budget), decimal(executed), List.of(rows));
        ScoreSheet sheet = engine.score(input);
        assertSameNumbers(sheet, engine.withoutTexts().score(input));
        // again, now with the wordless weight plan kept from the first time
        assertSameNumbers(sheet, engine.withoutTexts().score(input));
        return sheet;
    }

    /**
     * Every sheet these tests score is scored without texts too (what summaries use): the same numbers, grade and
     * problems, only the words left out.
     */
    private static void assertSameNumbers(ScoreSheet explained, ScoreSheet wordless) {
        assertEquals(explained.executionRate(), wordless.executionRate());
        assertEquals(explained.executionScore(), wordless.executionScore());
        assertEquals(explained.indicatorTotal(), wordless.indicatorTotal());
        assertEquals(explained.total(), wordless.total());
        assertEquals(explained.grade(), wordless.grade());
        assertEquals(explained.problems().stream().map(p -> p.indicatorIndex() + ":" + p.field()).toList(),
                wordless.problems().stream().map(p -> p.indicatorIndex() + ":" + p.field()).toList());
        assertEquals(explained.indicators().stream().map(r -> List.of(r.weight(), r.score(), r.fullMarks(), r.deviation()))
                .toList(), wordless.indicators().stream().map(r -> List.of(r.weight(), r.score(), r.fullMarks(), r.deviation()))
                .toList());
        assertTrue(wordless.indicators().stream().allMatch(r -> r.explanation().isEmpty()), "no explanations");
        assertTrue(wordless.problems().stream().allMatch(p -> p.message().isEmpty()), "no problem messages");
        assertEquals(List.of(), wordless.notes());
        assertEquals("", wordless.executionExplanation());
        assertEquals("", wordless.totalExplanation());
    }

    private static ScoreSheet sheet(String budget, String executed, IndicatorInput... rows) {
        return sheet(ScoringRulebook.national(), budget, executed, rows);
    }

    private static List<BigDecimal> weights(ScoreSheet sheet) {
        return sheet.indicators().stream().map(IndicatorScore::weight).toList();
    }

    private static List<BigDecimal> scores(ScoreSheet sheet) {
        return sheet.indicators().stream().map(IndicatorScore::score).toList();
    }

    private static List<BigDecimal> list(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** The problems about single indicators, leaving out the weight total that one-indicator sheets cannot meet. */
    private static List<ScoringProblem> indicatorProblems(ScoreSheet sheet) {
        return sheet.problems().stream().filter(p -> p.indicatorIndex() != null).toList();
    }

    /** The problems of the execution row (a sheet without indicators has one more, of its own). */
    private static List<ScoringProblem> moneyProblems(ScoreSheet sheet) {
        return sheet.problems().stream().filter(p -> !p.field().equals("indicators")).toList();
    }

    private static List<String> messages(ScoreSheet sheet) {
        return sheet.problems().stream().map(ScoringProblem::message).toList();
    }

    @Nested
    class FullExample {

        private static final IndicatorInput SESSIONS_44 =
                quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "44", null, null);
        private static final IndicatorInput SATISFACTION_9 = qualitativeRow("满意度指标", "服务对象满意度指标", "服务对象满意度",
                "明显提升", Grade.ACHIEVED, "9", null, null);

        /*
         * The what-if example of POST /api/self-evaluation/score, by hand:
         * 预算执行率: 287100 ÷ 319000 = 0.9 → 0.9 × 10 = 9.00.
         * The tree has 产出 and 满意度 but no 效益指标. 10号文 only moves a missing 满意度's points (to 效益), so
         * 效益's 30 points cannot be earned: 产出 50 (one indicator → weight 50), 满意度 10.
         * 普法宣传场次 (weight 50): 44 < 55 → 44 ÷ 55 × 50 = 40.00.
         * 服务对象满意度 (weight 10): 达成 allows 80%–100% of 10 = 8–10 points; 9 is inside → 9.00.
         * 指标得分 40.00 + 9.00 = 49.00; 总分 9.00 + 49.00 = 58.00 → 差 (< 60).
         * Both indicators are below full marks and have no 偏差原因: two problems.
         */
        @Test
        void budget319000Executed287100_sessions44Of55_satisfactionNine_total58Poor() {
            ScoreSheet sheet = NATIONAL.score(new ScoringInput(decimal("319000"), decimal("287100"),
                    List.of(SESSIONS_44, SATISFACTION_9)));

            assertEquals(decimal("90.00"), sheet.executionRate());
            assertEquals(decimal("9.00"), sheet.executionScore());
            assertEquals("全年执行287100元 ÷ 全年预算319000元 = 90.00%，得分9.00", sheet.executionExplanation());
            assertEquals(list("50.00", "10.00"), weights(sheet));
            assertEquals(list("40.00", "9.00"), scores(sheet));
            assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 50 = 40.00", sheet.indicators().get(0).explanation());
            assertEquals("定性指标评为“达成”（80%–100%，即8–10分），评价人给9分", sheet.indicators().get(1).explanation());
            assertEquals(decimal("49.00"), sheet.indicatorTotal());
            assertEquals(decimal("58.00"), sheet.total());
            assertEquals("差", sheet.grade());
            assertEquals("预算执行率得分9.00 + 指标得分49.00 = 58.00，评价等级“差”", sheet.totalExplanation());
            assertEquals(List.of("一级指标分值：产出指标50分，满意度指标10分", "本项目无效益指标，其30分无法取得"), sheet.notes());
            assertEquals(List.of(
                    new ScoringProblem(null, "level1", "本项目没有效益指标，其30分无法取得：请在绩效目标表中补充效益指标，或为各指标设定合计90分的分值"),
                    new ScoringProblem(0, "deviationReason", "第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施"),
                    new ScoringProblem(1, "deviationReason", "第2项指标“服务对象满意度”未得满分，须填写偏差原因分析及改进措施")),
                    sheet.problems());
        }

        /*
         * Same sheet with both 偏差原因 written: still 58.00 差; the weights add up to 90 − 30 = 60, so that is no weight
         * problem, but a sheet without 效益指标 cannot go out: its missing level is a problem, not only a note.
         */
        @Test
        void withDeviationReasons_missingLevelIsAProblem_notAWeightProblem() {
            ScoreSheet sheet = NATIONAL.score(new ScoringInput(decimal("319000"), decimal("287100"), List.of(
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "44", null, REASON),
                    qualitativeRow("满意度指标", "服务对象满意度指标", "服务对象满意度", "明显提升", Grade.ACHIEVED, "9", null,
                            REASON))));

            assertEquals(decimal("58.00"), sheet.total());
            assertEquals(List.of(new ScoringProblem(null, "level1", "本项目没有效益指标，其30分无法取得：请在绩效目标表中补充效益指标，或为各指标设定合计90分的分值")), sheet.problems());
        }

        /*
         * With the local rule that spreads missing points in proportion: 效益's 30 over 产出 : 满意度 = 50 : 10
         * → 产出 50 + 25 = 75, 满意度 10 + 5 = 15.
         * 普法宣传场次 (weight 75): 44 ÷ 55 × 75 = 60.00.
         * 服务对象满意度 (weight 15): 达成 = 80%–100% of 15 = 12–15 points; 9 is outside → problem, counts 0.
         * 总分 9.00 + 60.00 = 69.00 → 中.
         */
        @Test
        void spreadRuleOn_weights75and15_satisfactionNineOutOfItsBand_total69() {
            ScoringEngine engine = new ScoringEngine(ScoringRulebook.national().withSpreadMissingLevels(true));
            ScoreSheet sheet = engine.score(new ScoringInput(decimal("319000"), decimal("287100"),
                    List.of(SESSIONS_44, SATISFACTION_9)));

            assertEquals(list("75.00", "15.00"), weights(sheet));
            assertEquals(list("60.00", "0.00"), scores(sheet));
            assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 75 = 60.00", sheet.indicators().get(0).explanation());
            assertEquals("定性指标评为“达成”，评价人给9分，不在该档12–15分（含12分，含15分）内，暂计0分",
                    sheet.indicators().get(1).explanation());
            assertEquals(decimal("69.00"), sheet.total());
            assertEquals("中", sheet.grade());
            assertEquals(List.of("一级指标分值：产出指标75分，满意度指标15分", "本项目无效益指标，其30分按比例分配给其余一级指标"),
                    sheet.notes());
            assertEquals(List.of(
                    new ScoringProblem(0, "deviationReason", "第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施"),
                    new ScoringProblem(1, "evaluatorScore",
                            "第2项指标“服务对象满意度”评为“达成”，得分范围为12–15分（含12分，含15分），评价人给9分，超出该范围")),
                    sheet.problems());
        }
    }

    @Nested
    class PositiveQuantitative {

        @Test
        void ge55_actual58_full10() {
            IndicatorScore row = scoreOf(SESSIONS_55, "58");
            assertEquals(decimal("10.00"), row.score());
            assertTrue(row.fullMarks());
            assertEquals("实际完成58场 ≥ 目标55场，得满分10分", row.explanation());
        }

        @Test
        void ge55_actual55_exactlyMet_full10() {
            IndicatorScore row = scoreOf(SESSIONS_55, "55");
            assertEquals(decimal("10.00"), row.score());
            assertTrue(row.fullMarks());
        }

        @Test
        void ge55_actual44_44div55x10_is8() {
            IndicatorScore row = scoreOf(SESSIONS_55, "44");
            assertEquals(decimal("8.00"), row.score());
            assertFalse(row.fullMarks());
            assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 10 = 8.00", row.explanation());
        }

        @Test
        void ge55_actual0_0div55x10_is0() {
            assertEquals(decimal("0.00"), scoreOf(SESSIONS_55, "0").score());
        }

        @Test
        void gt70_actual63_63div70x10_is9() {
            IndicatorScore row = scoreOf(target(">70 件", GT, "70", "件", POSITIVE), "63");
            assertEquals(decimal("9.00"), row.score());
            assertEquals("实际完成63件，目标>70件，得分 = 63 ÷ 70 × 10 = 9.00", row.explanation());
        }

        @Test
        void gt70_actual71_full10() {
            IndicatorScore row = scoreOf(target(">70 件", GT, "70", "件", POSITIVE), "71");
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际完成71件 ≥ 目标70件，得满分10分", row.explanation());
        }

        @Test
        void bare24persons_actual22_22div24x10_is9point17() {
            // 22 ÷ 24 × 10 = 9.1666… → 9.17
            IndicatorScore row = scoreOf(target("24 人", null, "24", "人", POSITIVE), "22");
            assertEquals(decimal("9.17"), row.score());
            assertEquals("实际完成22人，目标24人，得分 = 22 ÷ 24 × 10 = 9.17", row.explanation());
        }

        @Test
        void bare100percent_actual98_98div100x10_is9point80() {
            IndicatorScore row = scoreOf(target("100%", null, "100", "%", POSITIVE), "98");
            assertEquals(decimal("9.80"), row.score());
            assertEquals("实际完成98%，目标100%，得分 = 98 ÷ 100 × 10 = 9.80", row.explanation());
        }

        @Test
        void targetZero_actualZero_full10() {
            IndicatorScore row = scoreOf(target("≥0次", GE, "0", "次", POSITIVE), "0");
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际完成0次 ≥ 目标0次，得满分10分", row.explanation());
        }

        @Test
        void exceedingTargetWithoutOverAchievementRule_fullAndNoDeviation() {
            // 66 ÷ 55 = 120%, but the rule is off nationally
            IndicatorScore row = scoreOf(SESSIONS_55, "66");
            assertEquals(decimal("10.00"), row.score());
            assertFalse(row.deviation());
        }
    }

    @Nested
    class ReverseQuantitative {

        @Test
        void le0point5percent_actual0point3_full10() {
            IndicatorScore row = scoreOf(RATE_AT_MOST_HALF, "0.3");
            assertEquals(decimal("10.00"), row.score());
            assertTrue(row.fullMarks());
            assertEquals("实际0.3%，目标≤0.5%，未超出目标，得满分10分", row.explanation());
        }

        @Test
        void le0point5percent_actual0point5_onTheLimit_full10() {
            assertEquals(decimal("10.00"), scoreOf(RATE_AT_MOST_HALF, "0.5").score());
        }

        @Test
        void le0point5percent_actual0point8_1minus0point3div0point5_x10_is4() {
            IndicatorScore row = scoreOf(RATE_AT_MOST_HALF, "0.8");
            assertEquals(decimal("4.00"), row.score());
            assertEquals("实际0.8%，目标≤0.5%，超出目标60%，得分 = (1 − (0.8 − 0.5) ÷ 0.5) × 10 = 4.00", row.explanation());
        }

        @Test
        void le0point5percent_actual1point0_twiceTheTarget_zero() {
            IndicatorScore row = scoreOf(RATE_AT_MOST_HALF, "1.0");
            assertEquals(decimal("0.00"), row.score());
            assertEquals("实际1%，目标≤0.5%，达到或超过目标的2倍，得0分", row.explanation());
        }

        @Test
        void le0point5percent_actual1point2_beyondTwice_zero() {
            assertEquals(decimal("0.00"), scoreOf(RATE_AT_MOST_HALF, "1.2").score());
        }

        @Test
        void lt2percent_actual2point5_1minus0point5div2_x10_is7point50() {
            IndicatorScore row = scoreOf(target("<2%", LT, "2", "%", REVERSE), "2.5");
            assertEquals(decimal("7.50"), row.score());
            assertEquals("实际2.5%，目标<2%，超出目标25%，得分 = (1 − (2.5 − 2) ÷ 2) × 10 = 7.50", row.explanation());
        }

        @Test
        void le10days_actual13_1minus3div10_x10_is7() {
            assertEquals(decimal("7.00"), scoreOf(target("≤10天", LE, "10", "天", REVERSE), "13").score());
        }

        @Test
        void targetZeroComplaints_actualZero_full10() {
            IndicatorScore row = scoreOf(target("0件", null, "0", "件", REVERSE), "0");
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际0件，目标0件，未超出目标，得满分10分", row.explanation());
        }

        @Test
        void targetZeroComplaints_actualOne_zero() {
            IndicatorScore row = scoreOf(target("≤0件", LE, "0", "件", REVERSE), "1");
            assertEquals(decimal("0.00"), row.score());
            assertEquals("实际1件，目标≤0件，目标为0而实际大于0，得0分", row.explanation());
        }

        @Test
        void bareCost35wan_actual33point6_under_full10() {
            IndicatorScore row = scoreOf(target("35 万元", null, "35", "万元", REVERSE), "33.6");
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际33.6万元，目标35万元，未超出目标，得满分10分", row.explanation());
        }

        @Test
        void bareCost35wan_actual38point5_1minus3point5div35_x10_is9() {
            IndicatorScore row = scoreOf(target("35 万元", null, "35", "万元", REVERSE), "38.5");
            assertEquals(decimal("9.00"), row.score());
            assertEquals("实际38.5万元，目标35万元，超出目标10%，得分 = (1 − (38.5 − 35) ÷ 35) × 10 = 9.00",
                    row.explanation());
        }

        @Test
        void bareCost35wan_actual70_twice_zero() {
            assertEquals(decimal("0.00"), scoreOf(target("35 万元", null, "35", "万元", REVERSE), "70").score());
        }

        @Test
        void cost7point2wanPerYear_actual7point5_1minus0point3div7point2_x10_is9point58() {
            // (1 − 0.3 ÷ 7.2) × 10 = 9.58333… → 9.58
            IndicatorScore row = scoreOf(target("≤7.2万元/年", LE, "7.2", "万元/年", REVERSE), "7.5");
            assertEquals(decimal("9.58"), row.score());
            assertEquals("实际7.5万元/年，目标≤7.2万元/年，超出目标4.17%，得分 = (1 − (7.5 − 7.2) ÷ 7.2) × 10 = 9.58",
                    row.explanation());
        }
    }

    /* A bare target of 0 (equal to zero) as the 指标值 parser reads it: no comparator, direction POSITIVE. */
    @Nested
    class EqualToZero {

        private final TargetValue noComplaints = IndicatorValueParser.parse("0件投诉");

        @Test
        void parsedAsABareZero() {
            assertNull(noComplaints.comparator());
            assertEquals(0, noComplaints.value().signum());
        }

        /* 0 ≤ 0 → full 10. */
        @Test
        void zeroComplaints_actual0_full10() {
            IndicatorScore row = scoreOf(noComplaints, "0");
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际0件投诉，目标0件投诉，未超出目标，得满分10分", row.explanation());
        }

        /* 2 > 0 and the target is 0: no partial credit (there is no 2 × target to scale against) → 0. */
        @Test
        void zeroComplaints_actual2_zero() {
            IndicatorScore row = scoreOf(noComplaints, "2");
            assertEquals(decimal("0.00"), row.score());
            assertEquals("实际2件投诉，目标0件投诉，目标为0而实际大于0，得0分", row.explanation());
        }

        /* An explicit ≥0 is a lower bound, not "none": 3 ≥ 0 → full. */
        @Test
        void explicitAtLeastZero_staysPositive() {
            assertEquals(decimal("10.00"), scoreOf(IndicatorValueParser.parse("≥0次"), "3").score());
        }
    }

    @Nested
    class QuantitativeInputs {

        @Test
        void noActual_problemAndZero_noDeviationReasonAsked() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, null, "90", null));
            IndicatorScore row = sheet.indicators().get(0);
            assertEquals(decimal("0.00"), row.score());
            assertFalse(row.fullMarks());
            assertEquals("未填写实际完成值，暂计0分", row.explanation());
            assertEquals(List.of(new ScoringProblem(0, "actual", "第1项指标“普法宣传场次”为定量指标，未填写实际完成值")),
                    sheet.problems());
        }

        @Test
        void targetWithoutNumber_problemAndZero() {
            TargetValue unreadable = new TargetValue("2-3个工作日内", ValueKind.QUANTITATIVE, null, null, "个工作日",
                    REVERSE, true, "区间值，请人工核实");
            ScoreSheet sheet = sheet("100", "100",
                    new IndicatorInput("产出指标", "时效指标", "办理时限", unreadable, decimal("2"), null, null,
                            decimal("90"), null));
            assertEquals(decimal("0.00"), sheet.indicators().get(0).score());
            assertEquals("指标值未能识别出数值，无法计分，暂计0分（指标值“2-3个工作日内”已标记待核实：区间值，请人工核实）",
                    sheet.indicators().get(0).explanation());
            assertEquals(List.of(new ScoringProblem(0, "target", "第1项指标“办理时限”的指标值未能识别出数值，无法计分")),
                    sheet.problems());
        }

        @Test
        void targetFlaggedForReview_stillScored_explanationSaysSo() {
            TargetValue compound = new TargetValue("≤4000人/次", ValueKind.QUANTITATIVE, LE, decimal("4000"), "人/次",
                    REVERSE, true, "复合单位，请核实");
            IndicatorScore row = scoreOf(ScoringRulebook.national(),
                    quantitative("产出指标", "成本指标", "补贴资金", compound, "3800", "10", null));
            assertEquals(decimal("10.00"), row.score());
            assertEquals("实际3800人/次，目标≤4000人/次，未超出目标，得满分10分（指标值“≤4000人/次”已标记待核实：复合单位，请核实）",
                    row.explanation());
        }

        @Test
        void targetFlaggedForReviewWithoutNote() {
            TargetValue ocr = new TargetValue("Σ55场", ValueKind.QUANTITATIVE, GE, decimal("55"), "场", POSITIVE,
                    true, null);
            IndicatorScore row = scoreOf(ScoringRulebook.national(),
                    quantitative("产出指标", "数量指标", "普法宣传场次", ocr, "44", "10", REASON));
            assertEquals("实际完成44场，目标≥55场，得分 = 44 ÷ 55 × 10 = 8.00（指标值“Σ55场”已标记待核实）", row.explanation());
        }
    }

    @Nested
    class Qualitative {

        private IndicatorScore qualitativeScore(Grade grade, String score) {
            return qualitativeSheet(grade, score).indicators().get(0);
        }

        private ScoreSheet qualitativeSheet(Grade grade, String score) {
            return sheet("100", "100",
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", grade, score, "10", REASON));
        }

        @Test
        void achieved9_within8to10() {
            IndicatorScore row = qualitativeScore(Grade.ACHIEVED, "9");
            assertEquals(decimal("9.00"), row.score());
            assertEquals("定性指标评为“达成”（80%–100%，即8–10分），评价人给9分", row.explanation());
        }

        @ParameterizedTest(name = "{0} {1} of 10 is inside its band")
        @CsvSource({
                "ACHIEVED, 10",        // 100%, top band includes it
                "ACHIEVED, 8",         // 80% belongs to 达成
                "PARTIAL, 7.99",
                "PARTIAL, 6",          // 60% belongs to 部分达成
                "NOT_ACHIEVED, 5.99",
                "NOT_ACHIEVED, 0"})
        void insideBand_scoredAsGiven(Grade grade, String score) {
            ScoreSheet sheet = qualitativeSheet(grade, score);
            assertEquals(decimal(score).setScale(2), sheet.indicators().get(0).score());
            assertFalse(sheet.problems().stream().anyMatch(p -> "evaluatorScore".equals(p.field())));
        }

        @Test
        void achieved10_fullMarks() {
            assertTrue(qualitativeScore(Grade.ACHIEVED, "10").fullMarks());
        }

        @ParameterizedTest(name = "{0} {1} of 10 is outside {2}")
        @CsvSource(delimiter = '|', value = {
                "ACHIEVED | 7.99 | 8–10分（含8分，含10分）",
                "ACHIEVED | 10.5 | 8–10分（含8分，含10分）",
                "PARTIAL | 8 | 6–8分（含6分，不含8分）",
                "PARTIAL | 5.99 | 6–8分（含6分，不含8分）",
                "NOT_ACHIEVED | 6 | 0–6分（含0分，不含6分）"})
        void outsideBand_problemNamesBandAndRange_scoredZero(Grade grade, String score, String range) {
            ScoreSheet sheet = qualitativeSheet(grade, score);
            assertEquals(decimal("0.00"), sheet.indicators().get(0).score());
            assertEquals(List.of(new ScoringProblem(0, "evaluatorScore", "第1项指标“维护社会稳定”评为“" + grade.label()
                    + "”，得分范围为" + range + "，评价人给" + score + "分，超出该范围")), indicatorProblems(sheet));
        }

        @Test
        void gradeWithoutScore_problem_noScoreInvented() {
            ScoreSheet sheet = qualitativeSheet(Grade.ACHIEVED, null);
            assertEquals(decimal("0.00"), sheet.indicators().get(0).score());
            assertEquals("定性指标评为“达成”，评价人未给分，暂计0分", sheet.indicators().get(0).explanation());
            assertEquals(List.of(new ScoringProblem(0, "evaluatorScore",
                    "第1项指标“维护社会稳定”评为“达成”，评价人未给分，得分范围为8–10分（含8分，含10分）")), indicatorProblems(sheet));
        }

        @Test
        void scoreWithoutGrade_problem() {
            ScoreSheet sheet = qualitativeSheet(null, "9");
            assertEquals(decimal("0.00"), sheet.indicators().get(0).score());
            assertEquals("定性指标未评定达成情况，暂计0分", sheet.indicators().get(0).explanation());
            assertEquals(List.of(new ScoringProblem(0, "grade",
                    "第1项指标“维护社会稳定”为定性指标，未评定达成情况（达成/部分达成/未达成）")), indicatorProblems(sheet));
        }

        /* Weight 50 ÷ 3 → 16.67: 达成 = 80% × 16.67 = 13.336 → 13.34 … 16.67; 部分达成 = 10.002 → 10.00 … 13.34 (excl.). */
        @Test
        void bandLimitsInPointsAreTheCentsShown() {
            IndicatorInput timely = qualitativeRow("产出指标", "时效指标", "及时完成", "及时完成", Grade.ACHIEVED, "13.33",
                    null, REASON);
            IndicatorInput withinBudget = qualitativeRow("产出指标", "成本指标", "控制在预算内", "控制在预算内",
                    Grade.ACHIEVED, "13.34", null, REASON);
            IndicatorInput trainings = quantitative("产出指标", "数量指标", "开展行政执法培训",
                    target("≥6次", GE, "6", "次", POSITIVE), "6", null, REASON);
            ScoreSheet sheet = sheet("100", "100", timely, withinBudget, trainings,
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", null, null),
                    qualitativeRow("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", Grade.ACHIEVED, "10", null,
                            null));
            assertEquals(list("16.67", "16.67", "16.66", "30.00", "10.00"), weights(sheet));
            assertEquals(List.of("第1项指标“及时完成”评为“达成”，得分范围为13.34–16.67分（含13.34分，含16.67分），评价人给13.33分，超出该范围"),
                    messages(sheet));
            assertEquals(decimal("13.34"), sheet.indicators().get(1).score());
        }

        @Test
        void configurableInclusiveness_80percentBelongsToPartial() {
            ScoringRulebook rules = ScoringRulebook.national().withQualitativeBands(List.of(
                    new ScoringRulebook.QualitativeBand(Grade.ACHIEVED, decimal("0.8"), false, BigDecimal.ONE, true),
                    new ScoringRulebook.QualitativeBand(Grade.PARTIAL, decimal("0.6"), true, decimal("0.8"), true),
                    new ScoringRulebook.QualitativeBand(Grade.NOT_ACHIEVED, BigDecimal.ZERO, true, decimal("0.6"), false)));
            IndicatorInput partial8 = qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.PARTIAL,
                    "8", "10", REASON);
            IndicatorInput achieved8 = qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升",
                    Grade.ACHIEVED, "8", "10", REASON);

            assertEquals(decimal("8.00"), scoreOf(rules, partial8).score());
            assertEquals(decimal("0.00"), scoreOf(rules, achieved8).score());
            assertEquals("第1项指标“维护社会稳定”评为“达成”，得分范围为8–10分（不含8分，含10分），评价人给8分，超出该范围",
                    indicatorProblems(sheet(rules, "100", "100", achieved8)).get(0).message());
        }
    }

    @Nested
    class DefaultWeights {

        /* 乐亭 法制建设: 产出 50 over 数量/时效/成本 → 50 ÷ 3 = 16.666… → 16.67, 16.67, 16.66 (尾差 to the first rows). */
        @Test
        void laoting_legalConstruction_output50Over3() {
            // 预算 3.00万元 = 30000元, 执行 28500元 → 95% → 9.50
            // 16.67 + 16.66 (both 达成, full) + 6/6 次 (full 16.67) + 效益 27 of 30 + 满意度 96% ≥ 95% (full 10) = 87.00
            // 总分 9.50 + 87.00 = 96.50 → 优
            ScoreSheet sheet = sheet("30000", "28500",
                    quantitative("产出指标", "数量指标", "开展行政执法培训", target("≥6次", GE, "6", "次", POSITIVE), "6", null,
                            null),
                    qualitativeRow("产出指标", "时效指标", "及时完成", "及时完成", Grade.ACHIEVED, "16.67", null, null),
                    qualitativeRow("产出指标", "成本指标", "控制在预算内", "控制在预算内", Grade.ACHIEVED, "16.66", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "27", null, REASON),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", null, null));

            assertEquals(list("16.67", "16.67", "16.66", "30.00", "10.00"), weights(sheet));
            assertEquals(list("16.67", "16.67", "16.66", "27.00", "10.00"), scores(sheet));
            assertEquals(List.of(true, true, true, false, true),
                    sheet.indicators().stream().map(IndicatorScore::fullMarks).toList());
            assertEquals(decimal("9.50"), sheet.executionScore());
            assertEquals(decimal("87.00"), sheet.indicatorTotal());
            assertEquals(decimal("96.50"), sheet.total());
            assertEquals("优", sheet.grade());
            assertEquals(List.of("一级指标分值：产出指标50分，效益指标30分，满意度指标10分"), sheet.notes());
            assertEquals(List.of(), sheet.problems());
        }

        /* 彭阳 司法协理: codes in the level names, 成本 under 产出 → 产出 50 ÷ 4 = 12.5; 效益 30 ÷ 2 = 15; 满意度 10. */
        @Test
        void pengyang_judicialAssistants_costUnderOutput() {
            // 22 ÷ 24 × 12.5 = 11.458333…; 98 ÷ 100 × 12.5 = 12.25; 12.5; ≤31.9 met 12.5; 14; 15; 92 > 90 → 10
            // 指标 = 87.708333… → 87.71 (rows 11.46 + 12.25 + 12.5 + 12.5 + 14 + 15 + 10 = 87.71, no 尾差)
            // 执行 287100 ÷ 319000 = 90% → 9.00; 总分 96.708333… → 96.71 → 优
            ScoreSheet sheet = sheet("319000", "287100",
                    quantitative("1-产出指标", "11-数量指标", "司法协理员数量", target("24 人", null, "24", "人", POSITIVE),
                            "22", null, REASON),
                    quantitative("1-产出指标", "12-质量指标", "人员到岗率", target("100%", null, "100", "%", POSITIVE), "98",
                            null, REASON),
                    quantitative("1-产出指标", "13-时效指标", "工资发放及社保缴纳及时率",
                            target("100%", null, "100", "%", POSITIVE), "100", null, null),
                    quantitative("1-产出指标", "14-成本指标", "司法协理员工资社保费",
                            target("≤31.9 万元", LE, "31.9", "万元", REVERSE), "31.9", null, null),
                    qualitativeRow("2-效益指标", "22-社会效益", "稳定发挥司法所职能", "进一步提升", Grade.ACHIEVED, "14", null,
                            null),
                    qualitativeRow("2-效益指标", "24-可持续影响", "推进基层司法建设持续发展", "可持续", Grade.ACHIEVED, "15",
                            null, null),
                    quantitative("3-满意度指标", "31-服务对象满意度", "司法协理员满意度", target(">90%", GT, "90", "%", POSITIVE),
                            "92", null, null));

            assertEquals(list("12.50", "12.50", "12.50", "12.50", "15.00", "15.00", "10.00"), weights(sheet));
            assertEquals(list("11.46", "12.25", "12.50", "12.50", "14.00", "15.00", "10.00"), scores(sheet));
            assertEquals("实际完成22人，目标24人，得分 = 22 ÷ 24 × 12.5 = 11.46", sheet.indicators().get(0).explanation());
            assertEquals(decimal("87.71"), sheet.indicatorTotal());
            assertEquals(decimal("96.71"), sheet.total());
            assertEquals("优", sheet.grade());
            assertEquals("1-产出指标", sheet.indicators().get(0).level1());
            assertEquals(List.of(new ScoringProblem(4, "deviationReason",
                    "第5项指标“稳定发挥司法所职能”未得满分，须填写偏差原因分析及改进措施")), sheet.problems());
        }

        /* 彭阳 转移支付: 产出 has 数量, 质量, 时效 and three 成本 rows → 50 ÷ 6; 满意度 has three rows → 10 ÷ 3. */
        @Test
        void pengyang_transferFunds_sixOutputRowsAndThreeSatisfactionRows() {
            TargetValue over90 = target(">90%", GT, "90", "%", POSITIVE);
            ScoreSheet sheet = sheet("740000", "740000",
                    quantitative("1-产出指标", "11-数量指标", "司法所心理疏导调解室建设数量",
                            target("12 个", null, "12", "个", POSITIVE), "12", null, null),
                    quantitative("1-产出指标", "12-质量指标", "项目（工程）质量合格率",
                            target("100%", null, "100", "%", POSITIVE), "100", null, null),
                    quantitative("1-产出指标", "13-时效指标", "计划各项工作完成及时性",
                            target("100%", null, "100", "%", POSITIVE), "100", null, null),
                    quantitative("1-产出指标", "14-成本指标", "办案费用", target("52 万元", null, "52", "万元", REVERSE),
                            "52", null, null),
                    quantitative("1-产出指标", "14-成本指标", "人民调解案件补贴案件", target("10 万元", null, "10", "万元", REVERSE),
                            "10", null, null),
                    quantitative("1-产出指标", "14-成本指标", "司法所心理疏导调解室建设费用",
                            target("12 万元", null, "12", "万元", REVERSE), "12", null, null),
                    qualitativeRow("2-效益指标", "22-社会效益", "稳定发挥司法机关职能", "进一步提升", Grade.ACHIEVED, "15", null,
                            null),
                    qualitativeRow("2-效益指标", "24-可持续影响", "化解矛盾、维护社会和谐稳定", "稳定", Grade.ACHIEVED, "15", null,
                            null),
                    quantitative("3-满意度指标", "31-服务对象满意度", "受益群众满意度", over90, "95", null, null),
                    quantitative("3-满意度指标", "31-服务对象满意度", "主管部门满意度", over90, "95", null, null),
                    quantitative("3-满意度指标", "31-服务对象满意度", "专职人民调解员满意度", over90, "95", null, null));

            // 50 ÷ 6 = 8.333… → 8.34, 8.34, 8.33, 8.33, 8.33, 8.33 (= 50.00); 10 ÷ 3 → 3.34, 3.33, 3.33 (= 10.00)
            assertEquals(list("8.34", "8.34", "8.33", "8.33", "8.33", "8.33", "15.00", "15.00", "3.34", "3.33", "3.33"),
                    weights(sheet));
            assertEquals(decimal("90.00"), sheet.indicatorTotal());
            assertEquals(decimal("100.00"), sheet.total());
            assertTrue(sheet.indicators().stream().allMatch(IndicatorScore::fullMarks));
            assertEquals(List.of(), sheet.problems());
        }

        /* 滨海 人民调解…: two 数量 and two 质量 rows under 产出 → 50 ÷ 6; 效益 社会 + 可持续 → 15 each. */
        @Test
        void binhai_twoQualityRows() {
            ScoreSheet sheet = sheet("1170000", "1170000",
                    quantitative("产出指标", "数量指标", "人民调解员补贴发放人数", target("≥100人", GE, "100", "人", POSITIVE),
                            "120", null, null),
                    quantitative("产出指标", "数量指标", "法律顾问补贴人数", target("≥100人", GE, "100", "人", POSITIVE), "80",
                            null, REASON),
                    quantitative("产出指标", "质量指标", "法律顾问值班补贴覆盖率", target("100%", null, "100", "%", POSITIVE),
                            "100", null, null),
                    quantitative("产出指标", "质量指标", "调解成功率", target("≥98%", GE, "98", "%", POSITIVE), "98", null, null),
                    quantitative("产出指标", "时效指标", "工作任务按时完成率", target("≥90%", GE, "90", "%", POSITIVE), "95", null,
                            null),
                    quantitative("产出指标", "成本指标", "补贴资金", target("≤4000人/次", LE, "4000", "人/次", REVERSE), "3900",
                            null, null),
                    qualitativeRow("效益指标", "社会效益指标", "推动完善特色品牌调解室", "效果显著", Grade.ACHIEVED, "15", null,
                            null),
                    qualitativeRow("效益指标", "可持续影响指标", "为群众提供免费法律服务", "持续提高", Grade.ACHIEVED, "15", null,
                            null),
                    quantitative("满意度指标", "服务对象满意度指标", "受益群体满意度", target("≥90%", GE, "90", "%", POSITIVE),
                            "93", null, null));

            assertEquals(list("8.34", "8.34", "8.33", "8.33", "8.33", "8.33", "15.00", "15.00", "10.00"), weights(sheet));
            // 法律顾问补贴人数: 80 ÷ 100 × 8.34 = 6.672 → 6.67; 指标 = 90 − 8.34 + 6.672 = 88.332 → 88.33; 总分 98.33
            assertEquals(decimal("6.67"), sheet.indicators().get(1).score());
            assertEquals(decimal("88.33"), sheet.indicatorTotal());
            assertEquals(decimal("98.33"), sheet.total());
            assertEquals(List.of(), sheet.problems());
        }

        /* First-level 成本指标: 产出 40 / 成本 10 / 效益 30 / 满意度 10. */
        @Test
        void costAsFirstLevel_takesTenFromOutput() {
            ScoreSheet sheet = sheet("432000", "432000",
                    quantitative("产出指标", "数量指标", "配备社区矫正社工", target("≥6人", GE, "6", "人", POSITIVE), "6", null,
                            null),
                    quantitative("产出指标", "质量指标", "社区矫正社工上岗率", target("≥90%", GE, "90", "%", POSITIVE), "95",
                            null, null),
                    quantitative("成本指标", "经济成本指标", "人均工资标准", target("≤7.2万元/年", LE, "7.2", "万元/年", REVERSE),
                            "7.2", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "促进平安滨海建设", "有效保障", Grade.ACHIEVED, "30", null, null),
                    quantitative("满意度指标", "服务对象满意度指标", "社区矫正机构满意度", target("≥80%", GE, "80", "%", POSITIVE),
                            "85", null, null));

            assertEquals(list("20.00", "20.00", "10.00", "30.00", "10.00"), weights(sheet));
            assertEquals(decimal("100.00"), sheet.total());
            assertEquals(List.of("一级指标分值：产出指标40分，成本指标10分，效益指标30分，满意度指标10分"), sheet.notes());
        }

        /* No 满意度指标: its 10 go to 效益 (财预〔2020〕10号) → 产出 50 ÷ 2 = 25 each, 效益 40. */
        @Test
        void withoutSatisfaction_tenGoToEffect() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", null, null),
                    quantitative("产出指标", "时效指标", "案件办结率", target("100%", null, "100", "%", POSITIVE), "100", null,
                            null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.PARTIAL, "30", null, REASON));

            assertEquals(list("25.00", "25.00", "40.00"), weights(sheet));
            // 部分达成 of 40 = 24–32 (excl.), 30 inside → 10 + 25 + 25 + 30 = 90.00
            assertEquals(decimal("90.00"), sheet.total());
            assertEquals(List.of("一级指标分值：产出指标50分，效益指标40分", "本项目无满意度指标，其10分计入效益指标"), sheet.notes());
        }

        /* Without a recipient for 满意度 and without spreading: 产出 50, 效益 30, and 满意度's 10 cannot be earned. */
        @Test
        void missingLevelWithoutRecipient_pointsUnobtainable_weightsAddUpTo80() {
            ScoringRulebook rules = ScoringRulebook.national().withMissingLevelRecipients(Map.of());
            ScoreSheet sheet = sheet(rules, "100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", null, REASON));
            assertEquals(list("50.00", "30.00"), weights(sheet));
            // 10 + 50 + 30 = 90.00
            assertEquals(decimal("90.00"), sheet.total());
            assertEquals(List.of("一级指标分值：产出指标50分，效益指标30分", "本项目无满意度指标，其10分无法取得"), sheet.notes());
            assertEquals(List.of(new ScoringProblem(null, "level1",
                    "本项目没有满意度指标，其10分无法取得：请在绩效目标表中补充满意度指标，或为各指标设定合计90分的分值")), sheet.problems());
        }

        @Test
        void missingLevelRule_configurable_spreadInProportionInstead() {
            // no recipients, spreading on: 满意度's 10 spread 50 : 30 → 6.25 / 3.75 → 产出 56.25, 效益 33.75
            ScoringRulebook rules = ScoringRulebook.national().withMissingLevelRecipients(Map.of())
                    .withSpreadMissingLevels(true);
            ScoreSheet sheet = sheet(rules, "100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", null, REASON));
            assertEquals(list("56.25", "33.75"), weights(sheet));
            assertEquals(List.of("一级指标分值：产出指标56.25分，效益指标33.75分", "本项目无满意度指标，其10分按比例分配给其余一级指标"),
                    sheet.notes());
        }

        /* No 效益指标 but every weight set by the project (80 + 10 = 90): the level table plays no part, nothing is lost. */
        @Test
        void missingLevelWithAllWeightsSet_mustAddUpTo90() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "80", null),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", "10", null));
            assertEquals(decimal("100.00"), sheet.total());
            assertEquals(List.of(), sheet.notes());
            assertEquals(List.of(), sheet.problems());
        }

        /* No 效益指标 and the default split for 满意度 only: 产出 set to 40 of its 50 → 40 + 10 = 50, not the 60 obtainable. */
        @Test
        void missingLevelWithDefaultSplit_weightsMustAddUpToWhatIsObtainable() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "40", null),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", null, null));
            assertEquals(List.of(new ScoringProblem(null, "weight", "指标分值合计为50分，应为60分"), new ScoringProblem(null, "level1", "本项目没有效益指标，其30分无法取得：请在绩效目标表中补充效益指标，或为各指标设定合计90分的分值")), sheet.problems());
            assertNull(sheet.total(), "no total over weights that do not add up");
            assertNull(sheet.grade());
        }

        @Test
        void explicitWeightInALevel_restSplitAmongTheOthers() {
            // 产出 50 − 20 (set) = 30 → 15 each for the two unset rows
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "20", null),
                    quantitative("产出指标", "数量指标", "开展行政执法培训", target("≥6次", GE, "6", "次", POSITIVE), "6", null, null),
                    qualitativeRow("产出指标", "时效指标", "及时完成", "及时完成", Grade.ACHIEVED, "15", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", null, null),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", null, null));
            assertEquals(list("20.00", "15.00", "15.00", "30.00", "10.00"), weights(sheet));
            assertEquals(List.of(), sheet.problems());
        }

        @Test
        void explicitWeightsNotAddingTo90_problem_notRescaled() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "40", null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", "30", null),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", "10", null));
            assertEquals(list("40.00", "30.00", "10.00"), weights(sheet));
            assertEquals(decimal("80.00"), sheet.indicatorTotal());
            assertNull(sheet.total(), "no total until the weights are fixed");
            assertNull(sheet.grade());
            assertEquals("指标分值合计为80分，应为90分：分值改正前不计总分，不评等级", sheet.totalExplanation());
            assertEquals(List.of(new ScoringProblem(null, "weight", "指标分值合计为80分，应为90分")), sheet.problems());
            assertEquals(List.of(), sheet.notes());
        }

        /* Weights 50 + 30 + 20 = 100 (with 执行率 10 that would be 110 of 100) and everything met: no 110, no 优. */
        @Test
        void explicitWeightsAddingTo100_noTotalOf110_noGrade() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "50", null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", "30", null),
                    quantitative("满意度指标", "服务对象满意度指标", "服务对象满意度", target("≥95%", GE, "95", "%", POSITIVE),
                            "96", "20", null));
            assertEquals(list("50.00", "30.00", "20.00"), weights(sheet));
            assertEquals(list("50.00", "30.00", "20.00"), scores(sheet), "each row is still scored against its own weight");
            assertNull(sheet.total());
            assertNull(sheet.grade());
            assertEquals(List.of(new ScoringProblem(null, "weight", "指标分值合计为100分，应为90分")), sheet.problems());
        }

        @Test
        void unknownFirstLevel_withoutWeight_problemAndWeightZero() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", null, null),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "30", null, null),
                    qualitativeRow("满意度指标", "服务对象满意度指标", "服务对象满意度", "明显提升", Grade.ACHIEVED, "10", null, null),
                    qualitativeRow("管理指标", "制度建设", "制度健全", "健全", Grade.ACHIEVED, "0", null, null));
            assertEquals(decimal("0.00"), sheet.indicators().get(3).weight());
            assertEquals(List.of(new ScoringProblem(3, "level1",
                    "第4项指标“制度健全”的一级指标“管理指标”不在评分规则中，无法按默认方法分配分值，请为其设定分值")), sheet.problems());
        }
    }

    @Nested
    class ExecutionScore {

        @Test
        void executed287100Of319000_90percent_9() {
            ScoreSheet sheet = sheet("319000", "287100");
            assertEquals(decimal("90.00"), sheet.executionRate());
            assertEquals(decimal("9.00"), sheet.executionScore());
        }

        @Test
        void overSpent330000Of319000_103point45percent_capped10() {
            ScoreSheet sheet = sheet("319000", "330000");
            assertEquals(decimal("103.45"), sheet.executionRate());
            assertEquals(decimal("10.00"), sheet.executionScore());
            assertEquals("全年执行330000元 ÷ 全年预算319000元 = 103.45%，超过100%按100%计，得满分10分", sheet.executionExplanation());
        }

        @Test
        void exactlySpent_100percent_10() {
            ScoreSheet sheet = sheet("309074.16", "309074.16");
            assertEquals(decimal("10.00"), sheet.executionScore());
            assertEquals("全年执行309074.16元 ÷ 全年预算309074.16元 = 100.00%，得满分10分", sheet.executionExplanation());
        }

        @Test
        void nothingSpent_0() {
            assertEquals(decimal("0.00"), sheet("319000", "0").executionScore());
        }

        @Test
        void zeroBudget_problem() {
            ScoreSheet sheet = sheet("0", "1000");
            assertNull(sheet.executionRate());
            assertEquals(decimal("0.00"), sheet.executionScore());
            assertEquals("全年预算数缺失或为0，无法计算预算执行率，暂计0分", sheet.executionExplanation());
            assertEquals(List.of(new ScoringProblem(null, "budgetYuan", "全年预算数缺失或为0，无法计算预算执行率")),
                    moneyProblems(sheet));
        }

        @Test
        void missingBudget_problem() {
            assertEquals("budgetYuan", sheet(null, "1000").problems().get(0).field());
        }

        @Test
        void missingExecuted_problem() {
            ScoreSheet sheet = sheet("319000", null);
            assertEquals(decimal("0.00"), sheet.executionScore());
            assertEquals(List.of(new ScoringProblem(null, "executedYuan", "全年执行数缺失，无法计算预算执行率")),
                    moneyProblems(sheet));
        }
    }

    @Nested
    class Rounding {

        /* Three rows of 1 ÷ 9 × 30 = 3.333… : rounded rows 3.33 × 3 = 9.99 but the total rounds 10.00 → 尾差 on row 1. */
        @Test
        void rowsAddUpToTheirTotal_roundingDifferenceOnFirstRow() {
            TargetValue nine = target("≥9场", GE, "9", "场", POSITIVE);
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "甲", nine, "1", "30", REASON),
                    quantitative("效益指标", "社会效益指标", "乙", nine, "1", "30", REASON),
                    quantitative("满意度指标", "服务对象满意度指标", "丙", nine, "1", "30", REASON));
            assertEquals(list("3.34", "3.33", "3.33"), scores(sheet));
            assertEquals(decimal("10.00"), sheet.indicatorTotal());
            assertEquals(decimal("20.00"), sheet.total());
            assertEquals("实际完成1场，目标≥9场，得分 = 1 ÷ 9 × 30 = 3.33；为使各项得分之和等于合计，尾差调整后计3.34分",
                    sheet.indicators().get(0).explanation());
            assertEquals("实际完成1场，目标≥9场，得分 = 1 ÷ 9 × 30 = 3.33", sheet.indicators().get(1).explanation());
        }

        /*
         * 执行 100000 ÷ 300000 × 10 = 3.333…; indicator 2 ÷ 7 × 90 = 25.714285…
         * 指标 rounds to 25.71, 总分 29.047619… to 29.05, so the execution row shows 29.05 − 25.71 = 3.34.
         */
        @Test
        void executionRowTakesTheDifferenceBetweenBothTotals() {
            ScoreSheet sheet = sheet("300000", "100000",
                    quantitative("产出指标", "数量指标", "甲", target("≥7场", GE, "7", "场", POSITIVE), "2", "90", REASON));
            assertEquals(decimal("33.33"), sheet.executionRate());
            assertEquals(decimal("25.71"), sheet.indicatorTotal());
            assertEquals(decimal("29.05"), sheet.total());
            assertEquals(decimal("3.34"), sheet.executionScore());
            assertEquals("全年执行100000元 ÷ 全年预算300000元 = 33.33%，得分3.33；为使各项得分之和等于合计，尾差调整后计3.34分",
                    sheet.executionExplanation());
        }
    }

    @Nested
    class Grades {

        /* Execution full (10) + one qualitative indicator weighted 90 given {0}. */
        @ParameterizedTest(name = "10 + {0} = {1} → {2}")
        @CsvSource({
                "ACHIEVED, 80, 90.00, 优",
                "ACHIEVED, 79.995, 90.00, 优",   // 89.995 prints as 90.00, graded as printed
                "ACHIEVED, 79.99, 89.99, 良",
                "PARTIAL, 70, 80.00, 良",
                "PARTIAL, 69.99, 79.99, 中",
                "NOT_ACHIEVED, 50, 60.00, 中",
                "NOT_ACHIEVED, 49.99, 59.99, 差"})
        void gradeBoundaries(Grade grade, String score, String total, String label) {
            ScoreSheet sheet = sheet("100", "100",
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", grade, score, "90", REASON));
            assertEquals(decimal(total), sheet.total());
            assertEquals(label, sheet.grade());
            assertEquals(List.of(), sheet.problems());
        }

        @Test
        void gradeBands_configurable() {
            ScoringRulebook rules = ScoringRulebook.national().withGradeBands(List.of(
                    new ScoringRulebook.GradeBand("evaluation.rating.excellent", decimal("85")),
                    new ScoringRulebook.GradeBand("evaluation.rating.poor", BigDecimal.ZERO)));
            ScoreSheet sheet = sheet(rules, "100", "100",
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "75", "90", REASON));
            assertEquals(decimal("85.00"), sheet.total());
            assertEquals("优", sheet.grade());
        }
    }

    @Nested
    class OverAchievementRule {

        private final ScoringRulebook rules = ScoringRulebook.national()
                .withOverAchievement(ScoringRulebook.OverAchievementRule.off().on());

        @Test
        void at120percent_flaggedAndLoses10percent_10x0point9_is9() {
            // 66 ÷ 55 = 120% ≥ 120% → 10 × (1 − 10%) = 9.00
            IndicatorScore row = scoreOf(rules, quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "66", "10", null));
            assertEquals(decimal("9.00"), row.score());
            assertTrue(row.deviation());
            assertFalse(row.fullMarks());
            assertEquals("实际完成66场，为目标≥55场的120%，达到120%及以上，判定为指标偏离，扣减分值的10%，得分 = 10 × (1 − 10%) = 9.00",
                    row.explanation());
        }

        @Test
        void flaggedRowNeedsADeviationReason() {
            ScoreSheet sheet = sheet(rules, "100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "80", "90", null));
            assertEquals(List.of(new ScoringProblem(0, "deviationReason",
                    "第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施")), sheet.problems());
        }

        @Test
        void below120percent_full() {
            // 65 ÷ 55 = 118.18% < 120%
            IndicatorScore row = scoreOf(rules, quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "65", "10", null));
            assertEquals(decimal("10.00"), row.score());
            assertFalse(row.deviation());
        }

        @Test
        void reverseIndicatorsAreNotFlagged() {
            IndicatorScore row = scoreOf(rules,
                    quantitative("产出指标", "成本指标", "费用", RATE_AT_MOST_HALF, "0.1", "10", null));
            assertEquals(decimal("10.00"), row.score());
            assertFalse(row.deviation());
        }
    }

    @Nested
    class ExecutionRateCaps {

        private final ScoringRulebook rules = ScoringRulebook.national()
                .withExecutionRateCaps(ScoringRulebook.ExecutionRateCap.common());

        private ScoreSheet fullIndicators(ScoringRulebook rulebook, String executed) {
            return sheet(rulebook, "100000", executed,
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "55", "90", null));
        }

        @Test
        void rate75percent_7point50plus90_is97point50_cappedAt89() {
            ScoreSheet sheet = fullIndicators(rules, "75000");
            assertEquals(decimal("7.50"), sheet.executionScore());
            assertEquals(decimal("90.00"), sheet.indicatorTotal());
            assertEquals(decimal("89.00"), sheet.total());
            assertEquals("良", sheet.grade());
            assertEquals("预算执行率得分7.50 + 指标得分90.00 = 97.50；执行率75.00%，在70%（含）至80%（不含）之间，总分不超过89分，按89分计，评价等级“良”",
                    sheet.totalExplanation());
        }

        @ParameterizedTest(name = "executed {0} of 100000 → total {1}")
        @CsvSource({
                "80000, 98.00",   // 80% is outside [70%, 80%)
                "70000, 89.00",   // 70% is inside [70%, 80%)
                "69990, 79.00",   // 69.99% → [60%, 70%) → ≤ 79
                "60000, 79.00",
                "59995, 79.00",   // 59.995% prints as 60.00% and is judged as printed
                "59990, 69.00",   // 59.99% → below 60% → ≤ 69
                "50000, 69.00"})
        void capBands(String executed, String total) {
            assertEquals(decimal(total), fullIndicators(rules, executed).total());
        }

        @Test
        void below60_explanation() {
            assertEquals("预算执行率得分5.00 + 指标得分90.00 = 95.00；执行率50.00%，低于60%，总分不超过69分，按69分计，评价等级“中”",
                    fullIndicators(rules, "50000").totalExplanation());
        }

        @Test
        void capNeverRaisesATotal() {
            // 7.5 + 44 ÷ 55 × 50 (= 40) = 47.50 < 89
            ScoreSheet sheet = sheet(rules, "100000", "75000",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "44", "50", REASON),
                    qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.NOT_ACHIEVED, "0", "40", REASON));
            assertEquals(decimal("47.50"), sheet.total());
            assertEquals("差", sheet.grade());
        }

        @Test
        void offByDefault() {
            assertEquals(decimal("97.50"), fullIndicators(ScoringRulebook.national(), "75000").total());
        }
    }

    @Nested
    class DeviationReasons {

        @Test
        void belowFullWithoutReason_problem_blankCountsAsMissing() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "44", "45", "  "),
                    quantitative("产出指标", "数量指标", "开展行政执法培训", target("≥6次", GE, "6", "次", POSITIVE), "5", "45",
                            "两次培训合并举办"));
            assertEquals(List.of(new ScoringProblem(0, "deviationReason",
                    "第1项指标“普法宣传场次”未得满分，须填写偏差原因分析及改进措施")), sheet.problems());
        }

        @Test
        void fullMarksNeedNoReason() {
            ScoreSheet sheet = sheet("100", "100",
                    quantitative("产出指标", "数量指标", "普法宣传场次", SESSIONS_55, "58", "90", null));
            assertEquals(List.of(), sheet.problems());
        }
    }
}
