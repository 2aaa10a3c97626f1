package jixiao.evaluation;

import jixiao.indicatorvalue.Grade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static jixiao.evaluation.Fixtures.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationSettingsTest {

    @Test
    void defaults_areTheNationalRulebook() {
        EvaluationSettings settings = new EvaluationSettings();
        assertEquals(ScoringRulebook.national(), settings.rulebook());
        assertEquals(List.of("产出指标=50", "效益指标=30", "满意度指标=10"), settings.getLevelPoints());
        assertEquals("[80%, 100%]", settings.getAchievedBand());
        assertEquals("[60%, 80%)", settings.getPartialBand());
        assertEquals("[0%, 60%)", settings.getNotAchievedBand());
        assertEquals(List.of("70%-80%=89", "60%-70%=79", "<60%=69"), settings.getExecutionRateCaps());
        assertEquals(List.of("excellent=90", "good=80", "fair=60", "poor=0"), settings.getGradeBands());
    }

    @Test
    void aProvince_everyRuleChanged() {
        EvaluationSettings s = new EvaluationSettings();
        s.setLevelPoints(List.of("产出指标=40", "效益指标=40", "满意度指标=10"));
        s.setMissingLevelRecipients(List.of());
        s.setSpreadMissingLevels(true);
        s.setAchievedBand("(80%, 100%]");
        s.setPartialBand("[60%，80%]");
        s.setOverAchievementEnabled(true);
        s.setOverAchievementThreshold("130%");
        s.setOverAchievementDeduction("20 %");
        s.setExecutionRateCapsEnabled(true);
        s.setExecutionRateCaps(List.of("80%-90%=95", "<80%=85"));
        s.setGradeBands(List.of("excellent=85", "poor=0"));

        ScoringRulebook rules = s.rulebook();
        assertEquals(Map.of("产出指标", decimal("40"), "效益指标", decimal("40"), "满意度指标", decimal("10")), rules.levelPoints());
        assertEquals(Map.of(), rules.missingLevelRecipients());
        assertTrue(rules.spreadMissingLevels());
        ScoringRulebook.QualitativeBand achieved = rules.band(Grade.ACHIEVED);
        assertFalse(achieved.lowerInclusive());
        assertTrue(achieved.upperInclusive());
        assertEquals(0, achieved.lowerShare().compareTo(decimal("0.8")));
        assertTrue(rules.band(Grade.PARTIAL).upperInclusive());
        assertEquals(new ScoringRulebook.OverAchievementRule(true, decimal("1.3"), decimal("0.2")), rules.overAchievement());
        assertEquals(2, rules.executionRateCaps().size());
        assertEquals(0, rules.executionRateCaps().get(0).fromRate().compareTo(decimal("0.8")));
        assertNull(rules.executionRateCaps().get(1).fromRate());
        assertEquals(decimal("85"), rules.executionRateCaps().get(1).maxTotal());
        assertEquals(List.of(new ScoringRulebook.GradeBand("evaluation.rating.excellent", decimal("85")),
                new ScoringRulebook.GradeBand("evaluation.rating.poor", BigDecimal.ZERO)), rules.gradeBands());
    }

    /* The configured rulebook is the one that scores: 8 of 10 is outside 达成 when 80% is excluded. */
    @Test
    void configuredBandsAreTheOnesTheEngineUses() {
        EvaluationSettings s = new EvaluationSettings();
        s.setAchievedBand("(80%, 100%]");
        s.setPartialBand("[60%, 80%]");
        ScoreSheet sheet = new ScoringEngine(s.rulebook()).score(new ScoringInput(decimal("1"), decimal("1"), List.of(
                Fixtures.qualitativeRow("效益指标", "社会效益指标", "维护社会稳定", "明显提升", Grade.ACHIEVED, "8", "10",
                        Fixtures.REASON))));
        assertEquals(decimal("0.00"), sheet.indicators().get(0).score());
    }

    @Test
    void malformedValues_failNamingTheProperty() {
        EvaluationSettings band = new EvaluationSettings();
        band.setAchievedBand("80%-100%");
        assertEquals("jixiao.evaluation.achieved-band: '80%-100%' is not an interval of the weight such as [80%, 100%] or [60%, 80%)",
                assertThrows(IllegalArgumentException.class, band::rulebook).getMessage());

        EvaluationSettings points = new EvaluationSettings();
        points.setLevelPoints(List.of("产出指标:50"));
        assertTrue(assertThrows(IllegalArgumentException.class, points::rulebook).getMessage()
                .startsWith("jixiao.evaluation.level-points: '产出指标:50'"));

        EvaluationSettings grade = new EvaluationSettings();
        grade.setGradeBands(List.of("superb=95", "poor=0"));
        assertTrue(assertThrows(IllegalArgumentException.class, grade::rulebook).getMessage()
                .startsWith("jixiao.evaluation.grade-bands: 'superb'"));

        EvaluationSettings cap = new EvaluationSettings();
        cap.setExecutionRateCapsEnabled(true);
        cap.setExecutionRateCaps(List.of("70-80=89"));
        assertTrue(assertThrows(IllegalArgumentException.class, cap::rulebook).getMessage()
                .startsWith("jixiao.evaluation.execution-rate-caps: '70-80=89'"));
    }

    @Test
    void levelPointsNotMaking100_refusedByTheRulebook() {
        EvaluationSettings s = new EvaluationSettings();
        s.setLevelPoints(List.of("产出指标=50", "效益指标=30"));
        assertEquals("levelPoints and executionWeight must add up to 100, not 90",
                assertThrows(IllegalArgumentException.class, s::rulebook).getMessage());
    }
}
