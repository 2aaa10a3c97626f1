package jixiao.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small readers the layouts share: amounts, level names, name whitespace. */
class ReadingHelpersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "3.00;3.00;false", "31.900000;31.900000;false", "'3,723.19';3723.19;false", "'1,000';1000;false",
            "'26,10';26.10;true", "'8,4O';8.40;true", "2.5O;2.50;true", "'o,60';0.60;true", "'10,O0';10.00;true",
            "３.００;3.00;false"})
    void readsAmountsAndFlagsRepairs(String cell, String value, boolean repaired) {
        Amounts.Reading r = Amounts.read(cell);
        assertEquals(new BigDecimal(value), r.value());
        assertEquals(repaired, r.repaired());
        assertFalse(r.notANumber());
    }

    @Test
    void textIsNotAnAmountAndBlankIsNoAmount() {
        assertTrue(Amounts.read("abc").notANumber());
        assertTrue(Amounts.read("3.00万元").notANumber());
        assertNull(Amounts.read(" ").value());
        assertFalse(Amounts.read(" ").notANumber());
        assertEquals(new BigDecimal("100"), Amounts.readPercent("1O0%").value());
        assertEquals("060", Amounts.digits("o,60"));
    }

    @ParameterizedTest
    @CsvSource({"11-数量指标,数量指标", "22-社会效益,社会效益指标", "31-服务对象满意度,服务对象满意度指标",
            "24-可持续影响,可持续影响指标", "社会效益指标,社会效益指标"})
    void readsSecondLevelNamesWithCodesAndWithoutSuffix(String cell, String level) {
        assertEquals(level, LevelReading.second(cell, false));
    }

    @Test
    void addsTheSuffixOnlyInALevelColumnOrAfterACode() {
        assertNull(LevelReading.second("服务对象满意度", false), "an indicator named 服务对象满意度 is no level");
        assertEquals("服务对象满意度指标", LevelReading.second("服务对象满意度", true));
        assertEquals("产出指标", LevelReading.first("1-产出指标", false));
        assertEquals("效益指标", LevelReading.firstOf("可持续影响指标"));
        assertTrue(LevelReading.fits("成本指标", "成本指标"));
        assertFalse(LevelReading.fits("产出指标", "社会效益指标"));
    }

    @Test
    void repairsAMisreadLevelNameOnlyWhenOneNameFitsClosely() {
        assertEquals("服务对象满意度指标", LevelReading.misread("丹勖引寸象满意度指标"));
        assertEquals("社会效益指标", LevelReading.misread("杜会效益指标"));
        assertNull(LevelReading.misread("意度指标"), "shorter than any name");
        assertNull(LevelReading.misread("工作需要满意度指标"), "too many characters differ");
        assertNull(LevelReading.misread("劳务派遣人数"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "彭阳县司法局 本级;彭阳县司法局本级",
            "2024 年“司法协理”基层服务专项计划资金;2024年“司法协理”基层服务专项计划资金",
            "冀财政法 【2024】 55号提前分配 2025年社;冀财政法【2024】55号提前分配2025年社",
            "ISO  9001 认证;ISO 9001认证",
            "组 织全县执法人员培训;组织全县执法人员培训"})
    void collapsesWhitespaceInsideChineseNames(String read, String name) {
        assertEquals(name, Texts.collapse(read));
    }

    @Test
    void repairsDigitsInNamesAndStripsWordAndHtmlArtefacts() {
        assertEquals("2025年", Texts.repairDigits("2O25年"));
        assertEquals("2025年", Texts.repairDigits("⒛25年"));
        assertEquals("ORG项目", Texts.repairDigits("ORG项目"));
        assertEquals("1.法制建设绩效目标表", Texts.stripBookmarks("[bookmark: _Toc_4_4_0000000004]1.法制建设绩效目标表"));
        assertEquals("第一段\n第二段", Texts.stripHtml("<p>第一段</p><p>第二段</p>"));
        assertEquals("<0.2%", Texts.stripHtml("<0.2%"));
    }
}
