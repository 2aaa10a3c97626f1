package jixiao.indicatorvalue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static jixiao.indicatorvalue.Comparator.EQ;
import static jixiao.indicatorvalue.Comparator.GE;
import static jixiao.indicatorvalue.Comparator.GT;
import static jixiao.indicatorvalue.Comparator.LE;
import static jixiao.indicatorvalue.Comparator.LT;
import static jixiao.indicatorvalue.Direction.POSITIVE;
import static jixiao.indicatorvalue.Direction.REVERSE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorValueParserTest {

    /**
     * One expected reading. {@code cost} is whether the value stands under 成本指标 in its seed;
     * {@code noteHas} are fragments the note must contain (only when {@code review}).
     */
    record Case(String seed, String text, boolean cost, ValueKind kind, Comparator comparator, String value,
                String unit, Direction direction, boolean review, List<String> noteHas) {
        @Override
        public String toString() {
            return seed + " " + text.replace("\n", "⏎") + (cost ? " [成本]" : "");
        }
    }

    private static Case num(String seed, String text, Comparator c, String value, String unit, Direction d) {
        return new Case(seed, text, false, ValueKind.QUANTITATIVE, c, value, unit, d, false, List.of());
    }

    private static Case cost(String seed, String text, Comparator c, String value, String unit, Direction d) {
        return new Case(seed, text, true, ValueKind.QUANTITATIVE, c, value, unit, d, false, List.of());
    }

    private static Case review(String seed, String text, boolean cost, Comparator c, String value, String unit,
                               Direction d, String... noteHas) {
        return new Case(seed, text, cost, ValueKind.QUANTITATIVE, c, value, unit, d, true, List.of(noteHas));
    }

    private static Case qual(String seed, String text) {
        return new Case(seed, text, false, ValueKind.QUALITATIVE, null, null, null, null, false, List.of());
    }

    private static Case qualCost(String seed, String text) {
        return new Case(seed, text, true, ValueKind.QUALITATIVE, null, null, null, null, false, List.of());
    }

    private static Case qualReview(String seed, String text, String... noteHas) {
        return new Case(seed, text, false, ValueKind.QUALITATIVE, null, null, null, null, true, List.of(noteHas));
    }

    private static void check(Case c) {
        TargetValue v = IndicatorValueParser.parse(c.text(), c.cost());
        assertAll(c.toString(),
                () -> assertEquals(c.text().strip(), v.text(), "text"),
                () -> assertEquals(c.kind(), v.kind(), "kind"),
                () -> assertEquals(c.comparator(), v.comparator(), "comparator"),
                () -> {
                    if (c.value() == null) {
                        assertNull(v.value(), "value");
                    } else {
                        assertNotNull(v.value(), "value");
                        assertEquals(0, new BigDecimal(c.value()).compareTo(v.value()),
                                "value " + v.value() + " expected " + c.value());
                    }
                },
                () -> assertEquals(c.unit(), v.unit(), "unit"),
                () -> assertEquals(c.direction(), v.direction(), "direction"),
                () -> assertEquals(c.review(), v.needsReview(), "needsReview, note: " + v.note()),
                () -> {
                    if (c.review()) {
                        assertNotNull(v.note(), "note");
                        c.noteHas().forEach(f -> assertTrue(v.note().contains(f), "note “" + v.note() + "” lacks " + f));
                    } else {
                        assertNull(v.note(), "note");
                    }
                });
    }

    // ---- 000 乐亭县司法局: every distinct 指标值 (9) ----
    static Stream<Case> seed000() {
        String s = "000";
        return Stream.of(
                num(s, "≥6次", GE, "6", "次", POSITIVE),
                qual(s, "及时完成"),
                qualCost(s, "控制在预算内"),
                qual(s, "明显提升"),
                num(s, "≥95%", GE, "95", "%", POSITIVE),
                num(s, "≥55场", GE, "55", "场", POSITIVE),
                num(s, "≥500个", GE, "500", "个", POSITIVE),
                num(s, "100%", null, "100", "%", POSITIVE),
                num(s, "≥150人", GE, "150", "人", POSITIVE));
    }

    // ---- 001 花都区司法局: 实施周期指标值 and 年度指标值, distinct (7) ----
    static Stream<Case> seed001() {
        String s = "001";
        return Stream.of(
                num(s, "100%", null, "100", "%", POSITIVE),
                num(s, "≥95%", GE, "95", "%", POSITIVE),
                num(s, "<0.2%", LT, "0.2", "%", REVERSE),
                num(s, "<2%", LT, "2", "%", REVERSE),
                num(s, "≤15%", LE, "15", "%", REVERSE),
                qual(s, "持续发挥作用"),
                num(s, "≥90%", GE, "90", "%", POSITIVE));
    }

    // ---- 002 彭阳县司法局: every distinct 绩效值 (58) ----
    static Stream<Case> seed002() {
        String s = "002";
        return Stream.of(
                num(s, "24 人", null, "24", "人", POSITIVE),
                num(s, "100%", null, "100", "%", POSITIVE),
                cost(s, "≤31.9 万元", LE, "31.9", "万元", REVERSE),
                qual(s, "进一步提升"),
                qual(s, "可持续"),
                num(s, ">90%", GT, "90", "%", POSITIVE),
                num(s, ">70 件", GT, "70", "件", POSITIVE),
                num(s, ">100 件", GT, "100", "件", POSITIVE),
                qual(s, "按季度发放"),
                cost(s, "35 万元", null, "35", "万元", REVERSE),
                num(s, "≥95%", GE, "95", "%", POSITIVE),
                num(s, "12 个", null, "12", "个", POSITIVE),
                cost(s, "52 万元", null, "52", "万元", REVERSE),
                cost(s, "10 万元", null, "10", "万元", REVERSE),
                cost(s, "12 万元", null, "12", "万元", REVERSE),
                qual(s, "稳定"),
                num(s, "162 人次", null, "162", "人次", POSITIVE),
                qual(s, "及时、准确"),
                qual(s, "2024 年度内"),
                cost(s, "81 万元", null, "81", "万元", REVERSE),
                num(s, "5000 份", null, "5000", "份", POSITIVE),
                qual(s, "根据实际情况"),
                num(s, "2 期", null, "2", "期", POSITIVE),
                num(s, "91 条", null, "91", "条", POSITIVE),
                cost(s, "≤10 万元", LE, "10", "万元", REVERSE),
                qual(s, "规范"),
                qual(s, "提高"),
                num(s, "50 次", null, "50", "次", POSITIVE),
                qual(s, "提供有效的法律依据"),
                qual(s, "年度内"),
                cost(s, "1 万元", null, "1", "万元", REVERSE),
                num(s, ">95%", GT, "95", "%", POSITIVE),
                num(s, "每天 1 人", null, "1", "人/天", POSITIVE),
                qual(s, "准时、负责"),
                qual(s, "按月支付"),
                cost(s, "5.22 万元", null, "5.22", "万元", REVERSE),
                num(s, "100 条", null, "100", "条", POSITIVE),
                num(s, "10 万份", null, "10", "万份", POSITIVE),
                num(s, "50 块", null, "50", "块", POSITIVE),
                cost(s, "16 万", null, "16", "万", REVERSE),
                qual(s, "提升"),
                num(s, "28 人", null, "28", "人", POSITIVE),
                qual(s, "按月"),
                cost(s, "104.54 万元", null, "104.54", "万元", REVERSE),
                num(s, "≥98%", GE, "98", "%", POSITIVE),
                qual(s, "加强"),
                num(s, "650 人", null, "650", "人", POSITIVE),
                num(s, "150 人", null, "150", "人", POSITIVE),
                cost(s, "315000 元", null, "315000", "元", REVERSE),
                qual(s, "进一步减少"),
                qual(s, "进一步提高"),
                num(s, "≥90%", GE, "90", "%", POSITIVE),
                cost(s, "92.4 万元", null, "92.4", "万元", REVERSE),
                num(s, ">98%", GT, "98", "%", POSITIVE),
                num(s, "1 个律所", null, "1", "个律所", POSITIVE),
                qual(s, "合法合理"),
                qual(s, "及时"),
                qual(s, "持续提高"));
    }

    // ---- 003 滨海新区司法局 and 法律援助中心: every distinct 指标值 (49) ----
    static Stream<Case> seed003() {
        String s = "003";
        return Stream.of(
                num(s, "≥6人", GE, "6", "人", POSITIVE),
                num(s, "≥90%", GE, "90", "%", POSITIVE),
                num(s, "≥95%", GE, "95", "%", POSITIVE),
                cost(s, "≤7.2万元/年", LE, "7.2", "万元/年", REVERSE),
                qual(s, "有效保障"),
                num(s, "≥80%", GE, "80", "%", POSITIVE),
                num(s, "≥400个", GE, "400", "个", POSITIVE),
                num(s, "≥98%", GE, "98", "%", POSITIVE),
                cost(s, "≤75.69万元", LE, "75.69", "万元", REVERSE),
                qual(s, "效果显著提升"),
                num(s, "≥800人", GE, "800", "人", POSITIVE),
                num(s, "≤1%", LE, "1", "%", REVERSE),
                // a ≥ on a cost is parsed as written; whether it makes sense is a separate quality check
                cost(s, "≥7.88万", GE, "7.88", "万", POSITIVE),
                qual(s, "作用显著"),
                num(s, "≤26个", LE, "26", "个", REVERSE),
                qual(s, "按规定时间执行"),
                cost(s, "≤30.28万元", LE, "30.28", "万元", REVERSE),
                qual(s, "效果显著"),
                num(s, "≥100人", GE, "100", "人", POSITIVE),
                num(s, "100%", null, "100", "%", POSITIVE),
                // read exactly as written; that 人/次 is no money is a quality warning of the import (TargetQualityChecks)
                cost(s, "≤4000人/次", LE, "4000", "人/次", REVERSE),
                qual(s, "持续提高"),
                num(s, "≥160人", GE, "160", "人", POSITIVE),
                cost(s, "≤0.31万元/人", LE, "0.31", "万元/人", REVERSE),
                qual(s, "显著提高"),
                num(s, "≥20个", GE, "20", "个", POSITIVE),
                qual(s, "完善各项指标申报"),
                num(s, "≤7工作日", LE, "7", "工作日", REVERSE),
                cost(s, "≤60万", LE, "60", "万", REVERSE),
                qual(s, "持续提升"),
                qual(s, "提高建设水平"),
                qual(s, "2024年12月31日前"),
                cost(s, "≤20万元", LE, "20", "万元", REVERSE),
                cost(s, "≤10.22万元", LE, "10.22", "万元", REVERSE),
                num(s, "≥1000场", GE, "1000", "场", POSITIVE),
                num(s, "每月1期", null, "1", "期/月", POSITIVE),
                cost(s, "15万元", null, "15", "万元", REVERSE),
                cost(s, "≤2000元/每人", LE, "2000", "元/人", REVERSE),
                cost(s, "5万元/人", null, "5", "万元/人", REVERSE),
                cost(s, "≤400元/每人", LE, "400", "元/人", REVERSE),
                qual(s, "作用较明显"),
                num(s, "≥23个", GE, "23", "个", POSITIVE),
                cost(s, "≤70万", LE, "70", "万", REVERSE),
                qual(s, "有效提升"),
                num(s, "≥900件", GE, "900", "件", POSITIVE),
                qual(s, "是"),
                cost(s, "≤20万元/年", LE, "20", "万元/年", REVERSE),
                num(s, "≥60%", GE, "60", "%", POSITIVE),
                cost(s, "≤15000元/件", LE, "15000", "元/件", REVERSE));
    }

    // ---- 004 兴隆县司法局 (OCR): department 绩效指标 lines (6) and project values (42), lines joined ----
    static Stream<Case> seed004() {
        String s = "004";
        return Stream.of(
                // department-level 绩效指标: lines
                num(s, "1个", null, "1", "个", POSITIVE),
                num(s, "(>2人" + ")", GT, "2", "人", POSITIVE),
                num(s, "(>2人 )", GT, "2", "人", POSITIVE),
                num(s, "(>300件 )", GT, "300", "件", POSITIVE),
                num(s, "(>1次 )", GT, "1", "次", POSITIVE),
                num(s, "(>200件 )", GT, "200", "件", POSITIVE),
                // 1. 劳务派遣人员经费
                num(s, "6人", null, "6", "人", POSITIVE),
                num(s, "100%", null, "100", "%", POSITIVE),
                qual(s, "按月拨付"),
                cost(s, "每人每年" + "4.35万元", null, "4.35", "万元/人/年", REVERSE),
                qual(s, "劳务派遣人" + "员尽职尽责"),
                review(s, "Σ9O%", false, GE, "90", "%", POSITIVE, "识别修正", "“Σ”按“≥”", "“O”按“0”", "请核对原件"),
                // 2. 司法协理员
                num(s, "56人", null, "56", "人", POSITIVE),
                qualReview(s, "按用拨付", "疑似OCR识别错误：“按用拨付”可能是“按月拨付”"),
                cost(s, "每人每年" + "4.55万元", null, "4.55", "万元/人/年", REVERSE),
                qual(s, "司法协理" + "员尽职尽责"),
                num(s, "≥90%", GE, "90", "%", POSITIVE),
                // 3. 法律顾问律师费
                num(s, "≥2人", GE, "2", "人", POSITIVE),
                review(s, "收到申请的" + "2-3个工作" + "日内提供服" + "务", false, LE, "3", "个工作日", REVERSE,
                        "范围“2-3”", "上限", "≤3个工作日"),
                qual(s, "按需拨付"),
                review(s, "兰4,2万元", true, LE, "4.2", "万元", REVERSE, "“兰”按“≤”", "“4,2”按“4.2”"),
                qualReview(s, "文字描述", "文字描述"),
                review(s, "≥9O%", false, GE, "90", "%", POSITIVE, "“O”按“0”"),
                // 4. 法律援助
                num(s, "1人", null, "1", "人", POSITIVE),
                review(s, "2,5万元", true, null, "2.5", "万元", REVERSE, "“2,5”按“2.5”"),
                qual(s, "通过工资发" + "放提高生活" + "水平"),
                // 5. 普法宣传
                qual(s, "按需资金"),
                cost(s, "小于等于" + "2.1万元", LE, "2.1", "万元", REVERSE),
                qualReview(s, "土曾力口", "疑似OCR识别错误：“土曾力口”可能是“增加”"),
                review(s, "10O%", false, null, "100", "%", POSITIVE, "“O”按“0”"),
                // 6. 人民调解人员经费
                review(s, "Σ2人", false, GE, "2", "人", POSITIVE, "“Σ”按“≥”"),
                review(s, "人均经费" + "3,3— 5万" + "兀", true, LE, "5", "万元/人", REVERSE,
                        "“3,3”按“3.3”", "“兀”按“元”", "范围“3.3—5”", "上限", "≤5万元/人"),
                qual(s, "营造氛围"),
                review(s, "Σ90%", false, GE, "90", "%", POSITIVE, "“Σ”按“≥”"),
                // 7. 社区矫正
                review(s, "兰O,5%", false, LE, "0.5", "%", REVERSE, "“兰”按“≤”", "“O”按“0”", "“0,5”按“0.5”"),
                review(s, "引 0天", false, LE, "10", "天", REVERSE, "“引”按“≤”", "≤10天", "≤0天"),
                review(s, "兰0.03万元", true, LE, "0.03", "万元", REVERSE, "“兰”按“≤”"),
                review(s, "兰0,02%", false, LE, "0.02", "%", REVERSE, "“兰”按“≤”", "“0,02”按“0.02”"),
                // 8. 行政复议及执法监督
                review(s, "Σ8/J`日寸", false, GE, "8", "小时", POSITIVE, "“Σ”按“≥”", "“/J`日寸”按“小时”"),
                qual(s, "按需支付"),
                review(s, "小于等于" + "0,6万元", true, LE, "0.6", "万元", REVERSE, "“0,6”按“0.6”"),
                qual(s, "正常"),
                // 9. 运行保障经费
                review(s, "≥8/J、日寸", false, GE, "8", "小时", POSITIVE, "“/J、日寸”按“小时”"),
                review(s, "兰2,7万元", true, LE, "2.7", "万元", REVERSE, "“兰”按“≤”", "“2,7”按“2.7”"),
                qual(s, "维护机关正" + "常办公秩" + "序`保障公" + "职"),
                // 10. 社区矫正补助资金
                review(s, "兰0.5%", false, LE, "0.5", "%", REVERSE, "“兰”按“≤”"),
                review(s, "引 O天", false, LE, "10", "天", REVERSE, "“引”按“≤”", "“O”按“0”", "≤10天", "≤0天"),
                review(s, "兰0,03万元", true, LE, "0.03", "万元", REVERSE, "“兰”按“≤”", "“0,03”按“0.03”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"seed000", "seed001", "seed002", "seed003", "seed004"})
    void readsEverySeedValue(Case c) {
        check(c);
    }

    @Test
    void seedCaseCountsPerFile() {
        assertEquals(9, seed000().count());
        assertEquals(7, seed001().count());
        assertEquals(58, seed002().count());
        assertEquals(49, seed003().count());
        assertEquals(48, seed004().count());
    }

    @Test
    void ocrNoteReadsAsOneSentence() {
        assertEquals("识别修正：“Σ”按“≥”、“O”按“0”处理，请核对原件", IndicatorValueParser.parse("Σ9O%").note());
    }

    // ---- empty input ----

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t", "\u3000"})
    void emptyValueIsQualitativeAndFlagged(String text) {
        TargetValue v = IndicatorValueParser.parse(text, true);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertNull(v.value());
        assertNull(v.direction());
        assertTrue(v.needsReview());
        assertEquals("指标值为空", v.note());
        assertEquals(text == null ? null : "", v.text());
    }

    // ---- comparator spellings ----

    static Stream<Arguments> comparatorSpellings() {
        return Stream.of(
                Arguments.of("≥5场", GE), Arguments.of("≧5场", GE), Arguments.of(">=5场", GE),
                Arguments.of("＞=5场", GE), Arguments.of("不少于5场", GE), Arguments.of("不低于5场", GE),
                Arguments.of("大于等于5场", GE), Arguments.of("大于或等于5场", GE),
                Arguments.of(">5场", GT), Arguments.of("＞5场", GT), Arguments.of("大于5场", GT),
                Arguments.of("超过5场", GT), Arguments.of("多于5场", GT),
                Arguments.of("≤5场", LE), Arguments.of("≦5场", LE), Arguments.of("<=5场", LE),
                Arguments.of("不超过5场", LE), Arguments.of("不高于5场", LE), Arguments.of("小于等于5场", LE),
                Arguments.of("小于或等于5场", LE),
                Arguments.of("<5场", LT), Arguments.of("＜5场", LT), Arguments.of("小于5场", LT),
                Arguments.of("低于5场", LT), Arguments.of("少于5场", LT),
                Arguments.of("=5场", EQ), Arguments.of("等于5场", EQ));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("comparatorSpellings")
    void readsEveryComparatorSpelling(String text, Comparator expected) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(expected, v.comparator());
        assertEquals(0, new BigDecimal("5").compareTo(v.value()));
        assertEquals("场", v.unit());
        assertEquals(expected.isUpperLimit() ? REVERSE : POSITIVE, v.direction());
        assertFalse(v.needsReview(), v.note());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"≥ 5 场", "≥5\n场", "  ≥5场  ", "≥\u30005场"})
    void spacingBetweenPartsIsIgnored(String text) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(GE, v.comparator());
        assertEquals(0, new BigDecimal("5").compareTo(v.value()));
        assertEquals("场", v.unit());
        assertFalse(v.needsReview());
        assertEquals(text.strip(), v.text());
    }

    // ---- full-width input ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥９５％        | GE | 95   | %
            ＞＝９０％      | GE | 90   | %
            ＜０．５％      | LT | 0.5  | %
            ≤３１．９　万元 | LE | 31.9 | 万元
            """)
    void fullWidthInputIsNormalised(String text, Comparator comparator, String value, String unit) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(comparator, v.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(v.value()));
        assertEquals(unit, v.unit());
        assertFalse(v.needsReview(), v.note());
        assertEquals(text, v.text());
    }

    // ---- the comma: thousands separator or OCR decimal point ----

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3,723.19万元 | 3723.19 | false
            1,000人      | 1000    | false
            12,345,678元 | 12345678 | false
            26,10万元    | 26.10   | true
            4,2万元      | 4.2     | true
            0,600万元    | 0.600   | true
            3,7231万元   | 3.7231  | true
            """)
    void commaIsThousandsSeparatorOnlyInGroupsOfThree(String text, String value, boolean flagged) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertEquals(flagged, v.needsReview(), String.valueOf(v.note()));
        if (flagged) {
            assertTrue(v.note().contains("识别修正"), v.note());
        }
    }

    // ---- ranges ----

    @ParameterizedTest(name = "{0} cost={1}")
    @CsvSource(delimiter = '|', textBlock = """
            2-3个工作日内                 | false | LE | 3   | 个工作日 | 上限
            2-3个工作日                   | false | GE | 2   | 个工作日 | 下限
            2-3个工作日                   | true  | LE | 3   | 个工作日 | 上限
            人均经费3.3—5万元             | true  | LE | 5   | 万元/人  | 上限
            人均经费3.3—5万元             | false | GE | 3.3 | 万元/人  | 下限
            3–5次                         | false | GE | 3   | 次       | 下限
            3~5次                         | false | GE | 3   | 次       | 下限
            3至5次                        | false | GE | 3   | 次       | 下限
            3万元至5万元                  | true  | LE | 5   | 万元     | 上限
            10-20天以内                   | false | LE | 20  | 天       | 上限
            10-20人以下                   | false | LE | 20  | 人       | 上限
            不超过10-20天                 | false | LE | 20  | 天       | 上限
            80-90%以上                    | true  | GE | 80  | %        | 下限
            """)
    void rangeBecomesOneBoundAndIsFlagged(String text, boolean cost, Comparator comparator, String value,
                                          String unit, String bound) {
        TargetValue v = IndicatorValueParser.parse(text, cost);
        assertEquals(ValueKind.QUANTITATIVE, v.kind());
        assertEquals(comparator, v.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertEquals(unit, v.unit());
        assertEquals(comparator.isUpperLimit() ? REVERSE : POSITIVE, v.direction());
        assertTrue(v.needsReview());
        assertTrue(v.note().contains("范围") && v.note().contains(bound), v.note());
    }

    @Test
    void rangeNoteNamesTheRangeTheBoundAndTheReading() {
        assertEquals("指标值是范围“2-3”，取上限，按“≤3个工作日”考核，请确认",
                IndicatorValueParser.parse("收到申请的2-3个工作日内提供服务").note());
    }

    // ---- zero targets ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0件投诉 |    | 件投诉
            ≤0%     | LE | %
            0起     |    | 起
            """)
    void zeroIsAValidTarget(String text, Comparator comparator, String unit) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUANTITATIVE, v.kind());
        assertEquals(comparator, v.comparator());
        assertEquals(0, BigDecimal.ZERO.compareTo(v.value()));
        assertEquals(unit, v.unit());
        assertFalse(v.needsReview());
    }

    // ---- direction of bare values depends on the cost context ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"35 万元", "315000 元", "100%", "=5万元", "等于5万元"})
    void bareOrEqualValueIsReverseOnlyForACost(String text) {
        assertEquals(REVERSE, IndicatorValueParser.parse(text, true).direction());
        assertEquals(POSITIVE, IndicatorValueParser.parse(text, false).direction());
        assertEquals(POSITIVE, IndicatorValueParser.parse(text).direction());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"≥7.88万", "≤31.9 万元", ">90%", "<2%"})
    void statedComparatorDecidesDirectionWhateverTheContext(String text) {
        assertEquals(IndicatorValueParser.parse(text, false).direction(), IndicatorValueParser.parse(text, true).direction());
    }

    @Test
    void contextFreeParseIsTheNonCostParse() {
        assertEquals(IndicatorValueParser.parse("35 万元", false), IndicatorValueParser.parse("35 万元"));
    }

    // ---- units ----

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            每天 1 人          | 人/天
            每人每年4.35万元   | 万元/人/年
            每月1期            | 期/月
            人均5万元          | 万元/人
            每季度2次          | 次/季度
            ≤2000元/每人       | 元/人
            90%以上            | %
            3个工作日内        | 个工作日
            """)
    void leadingQualifiersJoinTheUnit(String text, String unit) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(unit, v.unit());
        assertFalse(v.needsReview(), v.note());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            90%以上     | GE
            90%及以上   | GE
            3个工作日内 | LE
            5天以内     | LE
            1%以下      | LE
            """)
    void boundWordAfterTheUnitStatesTheComparison(String text, Comparator comparator) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(comparator, v.comparator());
        assertFalse(v.needsReview());
    }

    @Test
    void aRateUnitWithoutMoneyIsReadAsWrittenEvenUnderACost() {
        assertFalse(IndicatorValueParser.parse("≤4000人/次", false).needsReview());
        assertFalse(IndicatorValueParser.parse("≤4000人/次", true).needsReview());
    }

    // ---- qualitative and unusable values ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"明显提升", "及时完成", "控制在预算内", "按月拨付", "效果显著", "是", "正常", "及时、准确",
            "2024年12月31日前", "2024 年度内", "年度内", "6月底前完成", "2024-2025年度"})
    void textWithoutAQuantityIsQualitativeAndNotFlagged(String text) {
        TargetValue v = IndicatorValueParser.parse(text, true);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertNull(v.comparator());
        assertNull(v.value());
        assertNull(v.unit());
        assertNull(v.direction());
        assertFalse(v.needsReview(), v.note());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"文字描述", "指标值", "绩效指标描述", "无", "/", "-", "——", "≥"})
    void placeholderIsFlagged(String text) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertTrue(v.needsReview());
        assertTrue(v.note().contains("“" + text + "”"), v.note());
    }

    @Test
    void secondNumberIsFlaggedNotDropped() {
        TargetValue v = IndicatorValueParser.parse("衔接率100%，帮教率100%，安置率95%");
        assertEquals(0, new BigDecimal("100").compareTo(v.value()));
        assertEquals("%", v.unit());
        assertTrue(v.needsReview());
        assertTrue(v.note().contains("多个数字"), v.note());
    }

    @Test
    void deadlineAfterTheQuantityIsNotASecondNumber() {
        TargetValue v = IndicatorValueParser.parse("≥5场，2024年12月31日前");
        assertEquals(GE, v.comparator());
        assertEquals(0, new BigDecimal("5").compareTo(v.value()));
        assertEquals("场", v.unit());
        assertFalse(v.needsReview(), v.note());
    }

    // ---- OCR repairs beyond the seed values ----

    @Test
    void twentyGlyphIsRepairedAndFlagged() {
        TargetValue v = IndicatorValueParser.parse("≥⒛个");
        assertEquals(0, new BigDecimal("20").compareTo(v.value()));
        assertTrue(v.note().contains("“⒛”按“20”"), v.note());
    }

    @Test
    void lostOneOnANonZeroBoundKeepsTheWrittenNumberAndNamesTheOther() {
        TargetValue v = IndicatorValueParser.parse("引5天");
        assertEquals(LE, v.comparator());
        assertEquals(0, new BigDecimal("5").compareTo(v.value()));
        assertTrue(v.note().contains("≤5天") && v.note().contains("≤15天"), v.note());
    }

    @Test
    void ocrGlyphNotFollowedByANumberIsLeftAlone() {
        TargetValue v = IndicatorValueParser.parse("兰州市民满意");
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertFalse(v.needsReview());
    }

    @Test
    void lostOneNoteGivesBothReadings() {
        assertEquals("识别修正：“引”按“≤”处理，读作“≤10天”（“引”的竖笔应是丢失的“1”；照字面为“≤0天”），请核对原件",
                IndicatorValueParser.parse("引 0天").note());
    }

    // ---- numbers only a space separates: thousands, or two cells run together ----

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 000人          |        | 1000    | 人
            12 500 元        |        | 12500   | 元
            ≥1 000 000元     | GE     | 1000000 | 元
            1 000.50万元     |        | 1000.50 | 万元
            ≥ 1 200 场       | GE     | 1200    | 场
            ≤315 000 元      | LE     | 315000  | 元
            """)
    void thousandsWrittenWithSpacesAreOneNumber(String text, Comparator comparator, String value, String unit) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(comparator, v.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertEquals(unit, v.unit());
        assertFalse(v.needsReview(), v.note());
    }

    @Test
    void fullWidthThousandsWithAnIdeographicSpaceAreOneNumber() {
        TargetValue v = IndicatorValueParser.parse("１\u3000０００人");
        assertEquals(0, new BigDecimal("1000").compareTo(v.value()));
        assertFalse(v.needsReview(), v.note());
    }

    /**
     * A 目标值 cell followed by a 分值 cell, copied as one line ({@code ≤1 7.5}: 目标值 ≤1, 分值 7.5), and
     * other spaced numbers that are not thousands: the first number is read, the rest set aside and named.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤1 7.5           | LE | 1    |      | ≤1     | 7.5
            ≥ 10 5           | GE | 10   |      | ≥10    | 5
            ≥10 5场          | GE | 10   |      | ≥10    | 5场
            1 7.5万元        |    | 1    |      | 1      | 7.5万元
            12 5000元        |    | 12   |      | 12     | 5000元
            1.5 000万元      |    | 1.5  |      | 1.5    | 000万元
            1 000 5          |    | 1000 |      | 1000   | 5
            0 500人          |    | 0    |      | 0      | 500人
            """)
    void spacedNumbersThatAreNotThousandsAreNeverGlued(String text, Comparator comparator, String value, String unit,
                                                      String reading, String setAside) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUANTITATIVE, v.kind());
        assertEquals(comparator, v.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertEquals(unit, v.unit());
        assertEquals(text, v.text(), "the text is kept as written");
        assertTrue(v.needsReview(), text);
        assertTrue(v.note().contains("按“" + reading + "”读取") && v.note().contains("其余“" + setAside + "”"), v.note());
    }

    /**
     * Rows of published 项目支出绩效自评表 copied as text, where the 年度指标值 cell runs on into 实际完成值,
     * 分值 and 得分: 池州市贵池区棠溪镇人民政府 2022 委托业务项目 (“≥50个 50 8 8”, “≥100百分比 100 8 8”,
     * “≤90万元 90 8 8”; www.anthempetcare.com/upload_cz/download?id=502364) and a 2023 自评表 on
     * dyrmt.com/article-132779-22.html (“=100% 22.5”, “≤10次 22.5”). Only the target is read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥50个 50 8 8         | GE | 50  | 个
            ≥100百分比 100 8 8   | GE | 100 | 百分比
            ≤90万元 90 8 8       | LE | 90  | 万元
            =100% 22.5           | EQ | 100 | %
            ≤10次 22.5           | LE | 10  | 次
            ≥50 50 8 8           | GE | 50  |
            ≤90 90 8 8           | LE | 90  |
            """)
    void selfEvaluationRowCopiedIntoTheTargetReadsTheTargetAndIsFlagged(String text, Comparator comparator,
                                                                      String value, String unit) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(comparator, v.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertEquals(unit, v.unit());
        assertTrue(v.needsReview(), text);
    }

    @Test
    void gluedScoreNoteNamesWhatWasReadAndWhatWasSetAside() {
        assertEquals("指标值“≤1 7.5”含以空格隔开的多个数字，按“≤1”读取，其余“7.5”可能是分值，请核对",
                IndicatorValueParser.parse("≤1 7.5").note());
    }

    static Stream<Arguments> spacesOfEveryKind() {
        return Stream.of(Arguments.of("≥90\t10", "90"), Arguments.of("≤1\n7.5", "1"), Arguments.of("≤1\u30007.5", "1"),
                Arguments.of("≤1\u00a07.5", "1"), Arguments.of("≤１　７．５", "1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spacesOfEveryKind")
    void anySpaceBetweenNumbersSeparatesThem(String text, String value) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), "value " + v.value());
        assertTrue(v.needsReview());
    }

    @Test
    void costContextDoesNotChangeTheCut() {
        TargetValue v = IndicatorValueParser.parse("≤2.1 万元 5", true);
        assertEquals(0, new BigDecimal("2.1").compareTo(v.value()));
        assertEquals("万元", v.unit());
        assertTrue(v.needsReview());
    }

    @Test
    void secondNumberAfterAUnitIsStillTheExtraNumbersCase() {
        TargetValue v = IndicatorValueParser.parse("≥5场 3次");
        assertEquals(0, new BigDecimal("5").compareTo(v.value()));
        assertTrue(v.note().contains("多个数字"), v.note());
    }

    @Test
    void spacedOcrDigitsStillRepairedAsBefore() {
        // 兴隆: the OCR leaves a space between the misread ≤ and the number, and after a range dash
        assertEquals(0, new BigDecimal("10").compareTo(IndicatorValueParser.parse("引 0天").value()));
        assertEquals(0, new BigDecimal("5").compareTo(IndicatorValueParser.parse("人均经费3,3— 5万兀", true).value()));
    }

    // ---- garbled qualitative targets (OCR) ----

    /** Each garbling as 兴隆's scan (seed 004) produced it, in a target-like phrase, unless marked. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            土曾力口                     | 增加
            按用拨付                     | 按月拨付
            按用足额拨付资金             | 按月足额拨付资金
            增添法治元素土曾力口法治氛围 | 增添法治元素增加法治氛围
            接收矫正人员平均日寸间       | 接收矫正人员平均时间
            丹勖引寸象满意               | 服务对象满意
            劳务派遣八员尽职尽责         | 劳务派遣人员尽职尽责
            顶目按期完成                 | 项目按期完成
            顼目按期完成                 | 项目按期完成
            资佥及时到位                 | 资金及时到位
            验收含格率稳定               | 验收合格率稳定
            符含财务管理制度             | 符合财务管理制度
            反映经费支出的准确I庸况      | 反映经费支出的准确情况
            脱管比佰刂下降                | 脱管比例下降
            逐用拨付                     | 逐月拨付
            每用发放                     | 每月发放
            己完成                       | 已完成
            亻呆障到位                   | 保障到位
            扌是升服务质量               | 提升服务质量
            氵去治意识明显增强           | 法治意识明显增强
            纟隹护社会稳定               | 维护社会稳定
            """)
    void knownOcrConfusionIsFlaggedWithItsLikelyMeaning(String text, String meant) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertEquals(text, v.text(), "the stored text is not changed");
        assertTrue(v.needsReview(), text);
        assertTrue(v.note().contains("疑似OCR识别错误：“" + text + "”可能是“" + meant + "”"), v.note());
    }

    @Test
    void garbledNoteReadsAsOneSentence() {
        assertEquals("疑似OCR识别错误：“土曾力口”可能是“增加”，请核对原件", IndicatorValueParser.parse("土曾力口").note());
    }

    @Test
    void confusionBrokenByASpaceOrLineBreakIsStillFound() {
        TargetValue v = IndicatorValueParser.parse("土曾\n力口");
        assertTrue(v.needsReview());
        assertTrue(v.note().contains("可能是“增加”"), v.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            社会秩序明显勹好 | 勹
            保障葺顼正常     | 葺、顼
            工作兀成         | 兀
            亳州市场秩序良好 | 亳
            """)
    // a place name's rare character (亳州) is flagged too: the note says it may be ignored
    void uncommonCharacterIsFlagged(String text, String named) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertTrue(v.needsReview());
        assertEquals("含不常用字“" + named + "”，疑似OCR识别错误，请核对原件（地名等专用字无误可忽略）", v.note());
    }

    @Test
    void aRepairedConfusionDoesNotAlsoCountAsAnUncommonCharacter() {
        assertEquals("疑似OCR识别错误：“资佥到位”可能是“资金到位”，请核对原件", IndicatorValueParser.parse("资佥到位").note());
    }

    @Test
    void confusionAndUncommonCharacterAreBothNamed() {
        String note = IndicatorValueParser.parse("土曾力口勹").note();
        assertTrue(note.contains("可能是“增加勹”") && note.contains("含不常用字“勹”"), note);
    }

    /**
     * Ordinary Chinese that contains a misread sequence's characters, or characters a garbling
     * would use: 按用途 and 按用量 are not 按月, 而且力度 is not 助, 按月兑付 is not 脱.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"按用途拨付", "按用量结算", "按用工需求配备", "按月兑付", "而且力度加大", "安装各类设备",
            "的确走在前列", "由单位自己完成", "己所不欲", "APP上线运行", "二〇二四年底前完成", "办公用房修缮完成",
            "持续发挥作用", "提供有效的法律依据", "维护机关正常办公秩序`保障公职", "通过工资发放提高生活水平",
            "劳务派遣人员尽职尽责", "按需资金", "营造氛围"})
    void ordinaryQualitativeTextIsNotFlagged(String text) {
        TargetValue v = IndicatorValueParser.parse(text);
        assertEquals(ValueKind.QUALITATIVE, v.kind());
        assertFalse(v.needsReview(), v.note());
    }
}
