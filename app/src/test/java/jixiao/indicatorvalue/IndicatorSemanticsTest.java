package jixiao.indicatorvalue;

import jixiao.indicatorvalue.IndicatorSemantics.ReadingProblem;
import jixiao.indicatorvalue.IndicatorSemantics.Shape;
import jixiao.indicatorvalue.IndicatorSemantics.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reading of a target, on the seeds' notations (DOMAIN.md §1) and the cases of issue 10. */
class IndicatorSemanticsTest {

    private static final HeldTargets NATIONAL = HeldTargets.national();

    private static IndicatorSemantics of(String name, String text, boolean cost) {
        return IndicatorSemantics.of(name, IndicatorValueParser.parse(text, cost), NATIONAL);
    }

    @ParameterizedTest(name = "{0} {1} (cost {2}) → {3} strict {4} held {5}")
    @CsvSource({
            // name, target, cost, shape, strict, held
            "普法宣传场次, ≥55场, false, TARGET, false, false",
            "办理法律援助案件, >70 件, false, TARGET, true, false",
            "服务对象满意度, ≥95%, false, TARGET, false, true",
            "社矫对象脱管漏管率, ≤1%, false, LIMIT, false, true",
            "社区服刑人员重新犯罪率, <2%, false, LIMIT, true, true",
            "案件补贴, 35 万元, true, LIMIT, false, true",
            "人均经费, ≤0.31万元/人, true, LIMIT, false, true",
            "司法协理员人数, 24 人, false, TARGET, false, true",
            "培训人员, 500人, false, TARGET, false, false",
            "安全事故, 0件, false, LIMIT, false, true",
            "投诉, =0件, false, LIMIT, false, true",
            "新增设备, ≥0台, false, TARGET, false, false",
            "维护社会稳定, 明显提升, false, QUALITATIVE, false, false",
            "法律援助补贴标准, 每天 1 人, false, TARGET, false, true",
    })
    void readsTheSeedNotations(String name, String text, boolean cost, Shape shape, boolean strict, boolean held) {
        IndicatorSemantics s = of(name, text, cost);
        assertEquals(shape, s.shape(), s::toString);
        assertEquals(strict, s.isStrict(), s::toString);
        assertEquals(held, s.isHeld(), s::toString);
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
            "≥55场, 55, MET", "≥55场, 54.99, MISSED", "≥55场, 60, MET",
            ">70件, 70, AT_STRICT_BOUND", ">70件, 71, MET", ">70件, 69, MISSED",
            "≤0.5%, 0.5, MET", "≤0.5%, 0.51, MISSED", "≤0.5%, 0, MET",
            "<2%, 2, AT_STRICT_BOUND", "<2%, 1.99, MET", "<2%, 2.01, MISSED",
            "0件, 0, MET", "0件, 3, MISSED", "0件, 0.01, MISSED",
            "24 人, 24, MET", "24 人, 23, MISSED",
    })
    void judgesAValueAgainstTheWholeTarget(String text, String value, Verdict verdict) {
        assertEquals(verdict, IndicatorSemantics.wholeTarget(IndicatorValueParser.parse(text)).judge(new BigDecimal(value)));
    }

    @Test
    void accumulatingTargetsAreExpectedInProportionHeldOnesWhole() {
        assertEquals(0, new BigDecimal("27.5").compareTo(of("普法宣传场次", "≥55场", false).expectedBy(new BigDecimal("50"))));
        assertEquals(0, new BigDecimal("95").compareTo(of("服务对象满意度", "≥95%", false).expectedBy(new BigDecimal("50"))));
        HeldTargets ratesAccumulate = new HeldTargets(true, NATIONAL.stockUnits(), NATIONAL.accumulatingWords());
        assertTrue(IndicatorSemantics.of("满意度", IndicatorValueParser.parse("≥95%"), ratesAccumulate).isAccumulating());
    }

    @Test
    void completionIsOnlyForTargetsToReach() {
        assertEquals(new BigDecimal("50.00"), of("场次", "≥55场", false).completionPercent(new BigDecimal("27.5")));
        assertNull(of("漏管率", "≤1%", false).completionPercent(new BigDecimal("0.5")));
        assertNull(of("安全事故", "0件", false).completionPercent(new BigDecimal("0")));
        assertNull(of("稳定", "明显提升", false).completionPercent(BigDecimal.ONE));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} {3}")
    @CsvSource({
            "≥55场, 58, 58,",
            "≥55场, 58场, 58,",
            "≥55场, ' 3,200 场 ', 3200,",
            "≥95%, 93％, 93,",
            "≤31.9 万元, 319000元, 31.9,",
            "≤31.9 万元, 30万元, 30,",
            "315000 元, 31.5万元, 315000.0,",
            "≤0.31万元/人, 3000元/人, 0.3,",
            "≥55场, 58人, , WRONG_UNIT",
            "≥95%, 九十, , NOT_A_NUMBER",
            "≥95%, 9 5, , NOT_A_NUMBER",
            "≥95%, 1.2.3, , NOT_A_NUMBER",
    })
    void readsReportedValuesInTheTargetsUnit(String target, String text, String value, ReadingProblem problem) {
        IndicatorSemantics.Reading r = IndicatorSemantics.wholeTarget(IndicatorValueParser.parse(target)).read(text);
        assertEquals(problem, r.problem());
        if (value == null) {
            assertNull(r.value());
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(r.value()), () -> "read " + r.value());
        }
    }

    @Test
    void aNumberWithoutItsValueIsUnreadableNotAGuess() {
        TargetValue noNumber = new TargetValue("≥场", ValueKind.QUANTITATIVE, Comparator.GE, null, "场",
                Direction.POSITIVE, true, "无数字");
        IndicatorSemantics s = IndicatorSemantics.wholeTarget(noNumber);
        assertEquals(Shape.UNREADABLE, s.shape());
        assertFalse(s.isJudgedByNumber());
        assertNull(s.number());
    }
}
