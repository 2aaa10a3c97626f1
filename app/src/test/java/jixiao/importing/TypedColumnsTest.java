package jixiao.importing;

import jixiao.indicatorvalue.Comparator;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of the typed-column layouts: 指标性质, 计量单位, 分值, points after a level name, notes. */
class TypedColumnsTest {

    @ParameterizedTest(name = "{0} + {1} + {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "正向|95|%|≥95%",
            "正向指标|150|人|≥150人",
            "反向|0.5|%|≤0.5%",
            "反向指标|0|件|≤0件",
            "逆向|10|天|≤10天",
            "大于等于|95|%|≥95%",
            "小于等于|31.9|万元|≤31.9万元",
            "大于|70|件|>70件",
            "小于|2|%|<2%",
            "不低于|90|%|≥90%",
            "不高于|10|天|≤10天",
            "不超过|7|工作日|≤7工作日",
            "不少于|55|场|≥55场",
            "≥|6|次|≥6次",
            "≤|0.31|万元/人|≤0.31万元/人",
            ">=|6|次|≥6次",
            "＞＝|6|次|≥6次",
            "<|0.2|%|<0.2%",
            "等于|100|%|100%",
            "=|100|%|100%",
            "达到|100|%|100%",
            "定量|12|个|12个",
            "NULL|24|人|24人",
            "NULL|≥95%|NULL|≥95%",
            "正向|≥95%|%|≥95%",
            "正向|95%|%|≥95%",
            "正向|95 %|%|≥95 %",
            "正向|100|/|≥100",
            "正向|100|—|≥100",
            "正向|100|无|≥100",
            "定性|明显提升|NULL|明显提升",
            "定性|明显提升|%|明显提升",
            "定性指标|及时完成|NULL|及时完成",
            "正向|明显提升|NULL|明显提升",
            "反向|控制在预算内|NULL|控制在预算内",
            "定性|100|%|100",
            "大于等于|3|万元/人|≥3万元/人",
    })
    void composesTheStoredTarget(String nature, String value, String unit, String expected) {
        TypedTarget.Composed c = TypedTarget.compose(TypedTarget.nature(nature), value, unit);
        assertEquals(expected, c.text());
        assertNull(c.conflict());
    }

    @ParameterizedTest(name = "{0} + {1} + {2}")
    @CsvSource(delimiter = '|', value = {
            "正向|95|%|GE|95",
            "反向|2|%|LE|2",
            "大于|70|件|GT|70",
            "不超过|7|工作日|LE|7",
            "小于|0.2|%|LT|0.2",
    })
    void theComposedTargetReadsAsTheColumnsSaid(String nature, String value, String unit, Comparator comparator,
                                                String number) {
        TargetValue read = IndicatorValueParser.parse(TypedTarget.compose(TypedTarget.nature(nature), value, unit).text());
        assertTrue(read.isQuantitative());
        assertEquals(comparator, read.comparator());
        assertEquals(0, new BigDecimal(number).compareTo(read.value()));
        assertEquals(unit, read.unit());
        assertFalse(read.needsReview(), read.note());
    }

    @Test
    void aBareTargetUnderEqualsStaysBareSoItIsJudgedLikeEveryOtherBareTarget() {
        TargetValue read = IndicatorValueParser.parse(TypedTarget.compose(TypedTarget.nature("等于"), "100", "%").text());
        assertNull(read.comparator());
        assertEquals(Comparator.EQ, read.effectiveComparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"反向|≥90%|≥", "正向|≤5%|≤", "大于等于|<2%|<", "小于|>70件|>"})
    void aValueContradictingItsNatureKeepsItsOwnComparisonAndSaysSo(String nature, String value, String conflict) {
        TypedTarget.Composed c = TypedTarget.compose(TypedTarget.nature(nature), value, null);
        assertEquals(value, c.text());
        assertEquals(conflict, c.conflict());
    }

    @Test
    void noValueIsNoTarget() {
        assertNull(TypedTarget.compose(TypedTarget.nature("正向"), "", "%"));
        assertNull(TypedTarget.compose(TypedTarget.nature("正向"), null, "%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"较好", "正", "ABC", "优先"})
    void anUnknownNatureAddsNothing(String nature) {
        TypedTarget.Reading r = TypedTarget.nature(nature);
        assertEquals(TypedTarget.Nature.UNKNOWN, r.nature());
        assertEquals("95%", TypedTarget.compose(r, "95", "%").text());
    }

    @Test
    void ofTwoNatureColumnsTheOneStatingADirectionCounts() {
        assertEquals(TypedTarget.Nature.REVERSE, TypedTarget.nature(List.of("定量", "反向")).nature());
        assertEquals(TypedTarget.Nature.QUALITATIVE, TypedTarget.nature(List.of("定性", "")).nature());
        assertEquals(TypedTarget.Nature.POSITIVE, TypedTarget.nature(List.of("", "正向指标")).nature());
        assertEquals(TypedTarget.Nature.NONE, TypedTarget.nature(List.of()).nature());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "10|10", "10分|10", "10%|10", "5.50|5.5", " 22.5 |22.5", "0|0", "/|NULL", "-|NULL", "—|NULL", "NULL|NULL"})
    void readsAWeightCell(String cell, String expected) {
        TypedTarget.Weight w = TypedTarget.weight(cell);
        assertEquals(expected, w.plain());
        assertFalse(w.unreadable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"十分", "约10", "-3", "10-20"})
    void aWeightThatIsNoNumberIsSaidSo(String cell) {
        TypedTarget.Weight w = TypedTarget.weight(cell);
        assertNull(w.plain());
        assertTrue(w.unreadable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "大于等于|GE", "大于或等于|GE", "不低于|GE", "不少于|GE", "≥|GE", ">=|GE", "大于|GT", "超过|GT",
            "小于等于|LE", "不高于|LE", "不超过|LE", "≤|LE", "<=|LE", "小于|LT", "低于|LT", "等于|EQ", "=|EQ",
            "大 于 等 于|GE"})
    void aComparisonInACellOfItsOwnIsSpelledWithTheParsersWords(String cell, Comparator expected) {
        assertEquals(expected, Comparator.spelled(cell).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "正向", "95", "大于等于95", "明显"})
    void otherCellsSpellNoComparison(String cell) {
        assertTrue(Comparator.spelled(cell).isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "产出指标(50分)|50", "效益指标（30分）|30", "满意度指标 10分|10", "满意度指标10分|10",
            "产出指标（权重50%）|50", "产出指标(分值:40)|40", "产出（50分）|50", "1-产出指标(40分)|40",
            "成本指标（10分）|10", "数量指标（20分）|20", "产 出 指 标 （ 50 分 ）|50", "效益指标(27.5分)|27.5"})
    void readsPointsWrittenAfterALevelName(String cell, String points) {
        assertEquals(0, new BigDecimal(points).compareTo(LevelReading.writtenPoints(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"产出指标", "培训人数(50人)", "产出指标50", "普法宣传(3场)", "开展培训10分", ""})
    void otherCellsWriteNoPoints(String cell) {
        assertNull(LevelReading.writtenPoints(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "产出指标(50分)|产出指标", "效益指标（30分）|效益指标", "满意度指标 10分|满意度指标", "产出（50分）|产出指标"})
    void aLevelWithPointsIsStillItsLevel(String cell, String level) {
        assertEquals(level, LevelReading.first(cell, true));
    }

    @Test
    void aSecondLevelWithPointsIsStillItsLevel() {
        assertEquals("数量指标", LevelReading.second("数量指标（20分）", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"注：指标值为正向指标的填≥", "注:1.本表金额单位为万元", "注1.分值合计100分", "注 1、数据来源于统计年鉴",
            "注一：", "说明：本表由项目单位填报", "备注：无", "填报说明", "填报说明：1.一级指标…", "填表说明：", "注．见附件"})
    void recognisesNotesUnderATable(String line) {
        assertTrue(PublishedNotes.opens(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"注册登记人数", "备注", "说明书印制数量", "注射疫苗人次", "项目名称", "产出指标", ""})
    void otherTextIsNoNote(String line) {
        assertFalse(PublishedNotes.opens(line));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "指标性质|NATURE", "指标方向性|NATURE", "指标方向|NATURE", "计量单位|UNIT", "度量单位|UNIT", "单位|UNIT",
            "分值|WEIGHT", "权重|WEIGHT", "权重(%)|WEIGHT", "分值（分）|WEIGHT", "指标值|TARGET", "目标值|TARGET",
            "年度指标值|TARGET", "年度目标|TARGET", "年度目标值|TARGET", "实施期指标值|PERIOD", "实施期目标|PERIOD",
            "中期目标|PERIOD", "中期指标值|PERIOD", "实施周期指标值|PERIOD", "指标值确定依据|BASIS", "备注|OTHER",
            "目标值(标准)|TARGET", "年度|TARGET", "实施期|PERIOD"})
    void namesTheTypedColumns(String header, IndicatorColumn column) {
        assertEquals(column, IndicatorColumn.of(header));
    }
}
