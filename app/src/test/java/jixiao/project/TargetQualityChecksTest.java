package jixiao.project;

import jixiao.indicatorvalue.IndicatorValueParser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetQualityChecksTest {

    private static List<String> warningsOf(String level2, String name, String target) {
        boolean cost = IndicatorLevels.isCost("产出指标", level2);
        return TargetQualityChecks.check(BigDecimal.TEN, BigDecimal.TEN, null, List.of(
                new TargetQualityChecks.Line("产出指标", level2, name, IndicatorValueParser.parse(target, cost)),
                new TargetQualityChecks.Line("效益指标", "社会效益指标", "效益", IndicatorValueParser.parse("明显提升")),
                new TargetQualityChecks.Line("满意度指标", "服务对象满意度指标", "满意度", IndicatorValueParser.parse("≥95%"))));
    }

    @Test
    void aCostInPeoplePerCaseIsADoubtAboutTheTable() {
        // 滨海 补贴资金 "≤4000人/次" under 成本指标: money per case was surely meant
        assertEquals(List.of("成本指标“补贴资金”的指标值“≤4000人/次”的单位“人/次”不是金额，数值的含义存疑，请与原表核对"),
                warningsOf("成本指标", "补贴资金", "≤4000人/次"));
        assertEquals(List.of(), warningsOf("成本指标", "人均经费", "≤0.31万元/人"));
        assertEquals(List.of(), warningsOf("成本指标", "社会成本", "≤3人"), "a plain non-money unit may be a social cost");
        assertEquals(List.of(), warningsOf("数量指标", "服务人次", "≥4000人/次"), "outside a cost a rate unit is ordinary");
    }

    @Test
    void aCostReadAsATargetToReachIsWarned() {
        assertTrue(warningsOf("成本指标", "成本", "≥7.88万元").get(0).contains("成本一般应设上限"));
    }
}
