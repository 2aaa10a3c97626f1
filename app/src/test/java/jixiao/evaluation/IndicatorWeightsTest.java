package jixiao.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicatorWeightsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "产出指标, 产出指标",
            "1-产出指标, 产出指标",
            "3-满意度指标, 满意度指标",
            "'  效益 指标 ', 效益指标",
            "产出, 产出指标",
            "成本指标, 成本指标"})
    void firstLevelNamesAsPublished(String published, String level) {
        assertEquals(level, IndicatorWeights.normalizeLevel(published));
    }
}
