package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static jixiao.evaluation.Fixtures.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringRulebookTest {

    private final ScoringRulebook national = ScoringRulebook.national();

    @Test
    void nationalWeights_10plus50plus30plus10() {
        assertEquals(decimal("10"), national.executionWeight());
        assertEquals(decimal("90"), national.indicatorPoints());
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), List.copyOf(national.levelPoints().keySet()));
        assertEquals(List.of(decimal("50"), decimal("30"), decimal("10")), List.copyOf(national.levelPoints().values()));
    }

    @Test
    void nationalWithCostLevel_costTakesTenFromOutput() {
        assertEquals(Map.of("产出指标", decimal("40"), "成本指标", decimal("10"), "效益指标", decimal("30"),
                "满意度指标", decimal("10")), national.levelPointsWithCostLevel());
    }

    @Test
    void nationalMissingSatisfactionGoesToEffect_otherMissingLevelsAreNotSpread() {
        assertEquals(Map.of("满意度指标", "效益指标"), national.missingLevelRecipients());
        assertFalse(national.spreadMissingLevels());
        assertTrue(national.withSpreadMissingLevels(true).spreadMissingLevels());
    }

    @Test
    void nationalQualitativeBands() {
        ScoringRulebook.QualitativeBand achieved = national.band(Grade.ACHIEVED);
        assertEquals(0, achieved.lowerShare().compareTo(decimal("0.8")));
        assertTrue(achieved.lowerInclusive());
        assertTrue(achieved.upperInclusive());
        ScoringRulebook.QualitativeBand partial = national.band(Grade.PARTIAL);
        assertEquals(0, partial.lowerShare().compareTo(decimal("0.6")));
        assertTrue(partial.lowerInclusive());
        assertFalse(partial.upperInclusive());
        ScoringRulebook.QualitativeBand notAchieved = national.band(Grade.NOT_ACHIEVED);
        assertEquals(0, notAchieved.lowerShare().signum());
        assertFalse(notAchieved.upperInclusive());
    }

    @Test
    void nationalOptionalRulesAreOff() {
        assertFalse(national.overAchievement().enabled());
        assertEquals(0, national.overAchievement().threshold().compareTo(decimal("1.2")));
        assertEquals(0, national.overAchievement().deductionShare().compareTo(decimal("0.1")));
        assertEquals(List.of(), national.executionRateCaps());
    }

    @Test
    void commonCaps() {
        List<ScoringRulebook.ExecutionRateCap> caps = ScoringRulebook.ExecutionRateCap.common();
        assertEquals(List.of(decimal("89"), decimal("79"), decimal("69")),
                caps.stream().map(ScoringRulebook.ExecutionRateCap::maxTotal).toList());
        assertTrue(caps.get(0).covers(decimal("0.7")));
        assertFalse(caps.get(0).covers(decimal("0.8")));
        assertTrue(caps.get(2).covers(BigDecimal.ZERO));
    }

    @Test
    void nationalGradeBands() {
        assertEquals(List.of(decimal("90"), decimal("80"), decimal("60"), BigDecimal.ZERO),
                national.gradeBands().stream().map(ScoringRulebook.GradeBand::minTotal).toList());
    }

    @Test
    void levelPointsMustMakeUp100WithExecution() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScoringRulebook(
                decimal("10"), Map.of("产出指标", decimal("50"), "效益指标", decimal("30")),
                national.levelPointsWithCostLevel(), national.missingLevelRecipients(), national.spreadMissingLevels(),
                national.qualitativeBands(),
                national.overAchievement(), national.executionRateCaps(), national.gradeBands()));
        assertEquals("levelPoints and executionWeight must add up to 100, not 90", e.getMessage());
    }

    @Test
    void everyGradeNeedsExactlyOneBand() {
        assertThrows(IllegalArgumentException.class, () -> national.withQualitativeBands(
                List.of(national.band(Grade.ACHIEVED), national.band(Grade.PARTIAL))));
    }

    @Test
    void provinceWithOtherFirstLevelPoints() {
        // e.g. a province using 产出 40 / 效益 40 / 满意度 10
        ScoringRulebook province = new ScoringRulebook(national.executionWeight(),
                Map.of("产出指标", decimal("40"), "效益指标", decimal("40"), "满意度指标", decimal("10")),
                national.levelPointsWithCostLevel(), national.missingLevelRecipients(), national.spreadMissingLevels(),
                national.qualitativeBands(),
                national.overAchievement(), national.executionRateCaps(), national.gradeBands());
        ScoreSheet sheet = new ScoringEngine(province).score(new ScoringInput(decimal("1"), decimal("1"), List.of(
                Fixtures.qualitativeRow("产出指标", "数量指标", "甲", "完成", Grade.ACHIEVED, "40", null, null),
                Fixtures.qualitativeRow("效益指标", "社会效益指标", "乙", "明显提升", Grade.ACHIEVED, "40", null, null),
                Fixtures.qualitativeRow("满意度指标", "服务对象满意度指标", "丙", "明显提升", Grade.ACHIEVED, "10", null, null))));
        assertEquals(List.of(decimal("40.00"), decimal("40.00"), decimal("10.00")),
                sheet.indicators().stream().map(IndicatorScore::weight).toList());
        assertEquals(decimal("100.00"), sheet.total());
    }
}
